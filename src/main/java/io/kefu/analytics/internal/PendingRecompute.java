package io.kefu.analytics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.ReceptionsRecomputed;
import io.kefu.order.Orders;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the pending business days, shop by shop, oldest days first and a week at a
 * time: a day's credits read the receptions of the days before it, which must be fresh by
 * then.
 */
@Component
class PendingRecompute {

	private static final Logger log = LoggerFactory.getLogger(PendingRecompute.class);

	private static final int DAYS_AT_A_TIME = 7;

	private final PendingDays pending;

	private final FactRecompute recompute;

	private final DaySumsRefresh daySums;

	private final FigureSettingsStore settings;

	private final Shops shops;

	private final Messages messages;

	private final Orders orders;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PendingRecompute(PendingDays pending, FactRecompute recompute, DaySumsRefresh daySums, FigureSettingsStore settings,
			Shops shops, Messages messages, Orders orders, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.pending = pending;
		this.recompute = recompute;
		this.daySums = daySums;
		this.settings = settings;
		this.shops = shops;
		this.messages = messages;
		this.orders = orders;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Queues the history of every shop whose facts were never computed (a shop opened or
	 * imported into since the last run, or every shop after an upgrade that drops the
	 * facts), then recomputes everything pending now; what is queued meanwhile waits for
	 * the next call.
	 */
	void run() {
		Set<Long> computed = pending.historyQueued();
		for (Shop shop : shops.all()) {
			if (!computed.contains(shop.id().value())) {
				transactions.executeWithoutResult(status -> queueHistoryOnce(shop.id().value()));
			}
		}
		pending.drain(this::recomputeShop);
	}

	private void recomputeShop(long shopId, LocalDate first, LocalDate last) {
		Optional<Shop> shop = shops.find(new ShopId(shopId));
		if (shop.isEmpty()) {
			return;
		}
		FigureSettings shopSettings = settings.of(shopId);
		long started = System.nanoTime();
		FactRecompute.DaySpan touched = null;
		for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(DAYS_AT_A_TIME)) {
			LocalDate to = Stream.of(from.plusDays(DAYS_AT_A_TIME - 1), last).min(LocalDate::compareTo).orElseThrow();
			FactRecompute.DaySpan span = recompute.recompute(shop.get(), shopSettings, from, to);
			touched = touched == null ? span : touched.including(span);
		}
		// the sums are added up once for all the chunks, whose spans overlap
		daySums.refresh(shop.get(), shopSettings, touched.first(), touched.last());
		log.info("Recomputed the figures of shop {} from {} to {} in {} ms", shopId, first, last,
				(System.nanoTime() - started) / 1_000_000);
		// a recompute stores the receptions of the day before the first it was asked for;
		// published in a transaction of its own, so that the event publication registry
		// keeps it for its listeners
		transactions.executeWithoutResult(
				status -> events.publishEvent(new ReceptionsRecomputed(ShopId.of(shopId), first.minusDays(1), last)));
	}

	/** Queues a shop's whole history, from its first message or order to today. */
	@Transactional
	public void queueHistory(long shopId) {
		shops.find(new ShopId(shopId)).ifPresent(shop -> {
			Optional<Instant> first = Stream
				.of(messages.firstSentAt(ShopId.of(shopId)), orders.firstCreatedAt(ShopId.of(shopId)))
				.flatMap(Optional::stream)
				.min(Instant::compareTo);
			LocalDate today = shop.businessDay(clock.instant());
			first.ifPresent(start -> {
				LocalDate firstDay = shop.businessDay(start);
				pending.add(shopId, firstDay, firstDay.isAfter(today) ? firstDay : today);
			});
		});
	}

	/**
	 * Queues the whole history of a shop that was never computed, in the caller's
	 * transaction.
	 */
	private void queueHistoryOnce(long shopId) {
		if (pending.markHistoryQueued(shopId)) {
			queueHistory(shopId);
		}
	}

}
