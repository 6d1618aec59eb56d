package io.kefu.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.Figures;
import io.kefu.analytics.Receptions;
import io.kefu.analytics.StoredReception;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.quality.Inspection;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Inspector;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.RuleHit;
import io.kefu.reception.Message;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspects the stored receptions of a shop's days with the shop's rule settings and
 * stores the inspections in place of the days' earlier ones. The figures' thresholds
 * (slow answer, validity) are the inspection's too, so that a slow response is the same
 * on both pages.
 */
@Component
class DayInspections {

	private final Receptions receptions;

	private final Messages messages;

	private final Orders orders;

	private final Figures figures;

	private final Shops shops;

	private final ShopRules rules;

	private final InspectionStore store;

	private final Clock clock;

	/** A shop's inspector, built again only when its settings change. */
	private final Map<Long, Built> inspectors = new ConcurrentHashMap<>();

	DayInspections(Receptions receptions, Messages messages, Orders orders, Figures figures, Shops shops,
			ShopRules rules, InspectionStore store, Clock clock) {
		this.receptions = receptions;
		this.messages = messages;
		this.orders = orders;
		this.figures = figures;
		this.shops = shops;
		this.rules = rules;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * @return the receptions inspected
	 */
	@Transactional
	int inspect(long shopId, LocalDate first, LocalDate last) {
		Shop shop = shops.find(new ShopId(shopId)).orElse(null);
		if (shop == null) {
			return 0;
		}
		// one inspection of a shop's days at a time: two replacing the same days would
		// both insert what neither saw the other insert
		store.lockShop(shopId);
		FigureSettings figureSettings = figures.settings(ShopId.of(shopId));
		int version = rules.version(ShopId.of(shopId));
		InspectionSettings settings = rules.of(ShopId.of(shopId))
			.withSlowThreshold(figureSettings.slowThreshold())
			.withValidityDays(figureSettings.validityDays());
		Inspector inspector = inspectorFor(shopId, settings);
		Map<Long, List<StoredReception>> byBuyer = new HashMap<>();
		for (StoredReception reception : receptions.between(ShopId.of(shopId), first, last)) {
			byBuyer.computeIfAbsent(reception.buyerId().value(), buyer -> new ArrayList<>()).add(reception);
		}
		Instant from = shop.startOf(first);
		Instant to = shop.startOf(last.plusDays(1)).plus(figureSettings.grace());
		Map<Long, List<Instant>> orderTimes = orderTimes(shop, from,
				shop.startOf(last.plusDays(settings.validityDays())));
		List<InspectionStore.Inspected> inspected = new ArrayList<>();
		if (!byBuyer.isEmpty()) {
			messages.forEachThreadWithText(ShopId.of(shopId), from, to, List.of(), thread -> {
				List<StoredReception> ofBuyer = byBuyer.get(thread.get(0).buyerId().value());
				if (ofBuyer != null) {
					for (StoredReception reception : ofBuyer) {
						inspected.add(inspect(inspector, shop, thread, reception, figureSettings, settings,
								orderTimes.getOrDefault(reception.buyerId().value(), List.of())));
					}
				}
			});
		}
		store.replaceDays(shopId, first, last, inspected, version, clock.instant());
		return inspected.size();
	}

	private static InspectionStore.Inspected inspect(Inspector inspector, Shop shop, List<Message> thread,
			StoredReception reception, FigureSettings figureSettings, InspectionSettings settings,
			List<Instant> orderTimes) {
		ReceptionTranscript transcript = ReceptionTranscript.of(reception, thread, shop, figureSettings.grace(),
				orderTimes, settings.validityDays());
		Inspection inspection = inspector.inspect(transcript.transcript());
		List<InspectionStore.FoundHit> hits = new ArrayList<>(inspection.hits().size());
		for (RuleHit hit : inspection.hits()) {
			hits.add(new InspectionStore.FoundHit(hit.rule(), transcript.messageIds()[hit.messageIndex()],
					hit.severity(), hit.weight()));
		}
		return new InspectionStore.Inspected(
				new ReceptionKey(shop.id(), reception.day(), reception.agentId(), reception.buyerId()),
				inspection.score(), hits);
	}

	private Map<Long, List<Instant>> orderTimes(Shop shop, Instant from, Instant to) {
		Map<Long, List<Instant>> times = new HashMap<>();
		for (Order order : orders.paymentsActiveBetween(shop.id(), from, to)) {
			if (!order.createdAt().isBefore(from) && order.createdAt().isBefore(to)) {
				times.computeIfAbsent(order.buyerId().value(), buyer -> new ArrayList<>()).add(order.createdAt());
			}
		}
		times.values().forEach(list -> list.sort(null));
		return times;
	}

	private Inspector inspectorFor(long shopId, InspectionSettings settings) {
		Built built = inspectors.get(shopId);
		if (built == null || !built.settings().equals(settings)) {
			built = new Built(settings, Inspector.of(settings));
			inspectors.put(shopId, built);
		}
		return built.inspector();
	}

	private record Built(InspectionSettings settings, Inspector inspector) {
	}

}
