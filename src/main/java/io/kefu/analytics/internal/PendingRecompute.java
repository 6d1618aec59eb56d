package io.kefu.analytics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.ReceptionsRecomputed;
import io.kefu.analytics.internal.PendingDays.Pending;
import io.kefu.order.Orders;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	private final Clock clock;

	@Autowired
	PendingRecompute(PendingDays pending, FactRecompute recompute, DaySumsRefresh daySums, FigureSettingsStore settings,
			Shops shops, Messages messages, Orders orders, ApplicationEventPublisher events) {
		this(pending, recompute, daySums, settings, shops, messages, orders, events, Clock.systemUTC());
	}

	PendingRecompute(PendingDays pending, FactRecompute recompute, DaySumsRefresh daySums, FigureSettingsStore settings,
			Shops shops, Messages messages, Orders orders, ApplicationEventPublisher events, Clock clock) {
		this.pending = pending;
		this.recompute = recompute;
		this.daySums = daySums;
		this.settings = settings;
		this.shops = shops;
		this.messages = messages;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Recomputes everything pending now; what is queued meanwhile waits for the next
	 * call.
	 */
	void drain() {
		Map<Long, List<Pending>> byShop = new LinkedHashMap<>();
		for (Pending days : pending.all()) {
			byShop.computeIfAbsent(days.shopId(), key -> new ArrayList<>()).add(days);
		}
		byShop.forEach(this::recomputeShop);
	}

	private void recomputeShop(long shopId, List<Pending> queued) {
		Optional<Shop> shop = shops.find(new ShopId(shopId));
		if (shop.isPresent()) {
			FigureSettings shopSettings = settings.of(shopId);
			LocalDate first = queued.stream().map(Pending::first).min(LocalDate::compareTo).orElseThrow();
			LocalDate last = queued.stream().map(Pending::last).max(LocalDate::compareTo).orElseThrow();
			long started = System.nanoTime();
			FactRecompute.DaySpan touched = null;
			for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(DAYS_AT_A_TIME)) {
				LocalDate to = Stream.of(from.plusDays(DAYS_AT_A_TIME - 1), last)
					.min(LocalDate::compareTo)
					.orElseThrow();
				FactRecompute.DaySpan span = recompute.recompute(shop.get(), shopSettings, from, to);
				touched = touched == null ? span : touched.including(span);
			}
			// the sums are added up once for all the chunks, whose spans overlap
			daySums.refresh(shop.get(), shopSettings, touched.first(), touched.last());
			log.info("Recomputed the figures of shop {} from {} to {} in {} ms", shopId, first, last,
					(System.nanoTime() - started) / 1_000_000);
			// a recompute stores the receptions of the day before the first it was asked
			// for
			events.publishEvent(new ReceptionsRecomputed(shopId, first.minusDays(1), last));
		}
		pending.done(queued.stream().map(Pending::id).toList());
	}

	/** Queues a shop's whole history, from its first message or order to today. */
	@Transactional
	public void queueHistory(long shopId) {
		shops.find(new ShopId(shopId)).ifPresent(shop -> {
			Optional<Instant> first = Stream.of(messages.firstSentAt(shopId), orders.firstCreatedAt(shopId))
				.flatMap(Optional::stream)
				.min(Instant::compareTo);
			LocalDate today = shop.businessDay(clock.instant());
			first.ifPresent(start -> {
				LocalDate firstDay = shop.businessDay(start);
				pending.add(shopId, firstDay, firstDay.isAfter(today) ? firstDay : today);
			});
		});
	}

	/** Queues the whole history of a shop that was never computed. */
	@Transactional
	public boolean queueHistoryOnce(long shopId) {
		if (pending.markHistoryQueued(shopId)) {
			queueHistory(shopId);
			return true;
		}
		return false;
	}

}
