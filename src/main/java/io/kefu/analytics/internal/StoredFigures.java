package io.kefu.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.TeamFigures;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures added up from the stored facts, once the facts of the days asked for are fresh.
 */
@Service
class StoredFigures implements Figures {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(100);

	private final Shops shops;

	private final Staff staff;

	private final Orders orders;

	private final FactStore facts;

	private final FigureSettingsStore settingsStore;

	private final PendingDays pendingDays;

	private final PendingRecompute recompute;

	private final ObjectProvider<RecomputeWorker> worker;

	private final Clock clock;

	@Autowired
	StoredFigures(Shops shops, Staff staff, Orders orders, FactStore facts, FigureSettingsStore settingsStore,
			PendingDays pendingDays, PendingRecompute recompute, ObjectProvider<RecomputeWorker> worker) {
		this(shops, staff, orders, facts, settingsStore, pendingDays, recompute, worker, Clock.systemUTC());
	}

	StoredFigures(Shops shops, Staff staff, Orders orders, FactStore facts, FigureSettingsStore settingsStore,
			PendingDays pendingDays, PendingRecompute recompute, ObjectProvider<RecomputeWorker> worker, Clock clock) {
		this.shops = shops;
		this.staff = staff;
		this.orders = orders;
		this.facts = facts;
		this.settingsStore = settingsStore;
		this.pendingDays = pendingDays;
		this.recompute = recompute;
		this.worker = worker;
		this.clock = clock;
	}

	@Override
	public TeamFigures team(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		Shop shop = shops.get(new ShopId(shopId));
		FigureSettings shopSettings = settingsStore.of(shopId);
		FigureSettings settings = judgeRule == null ? shopSettings : shopSettings.withJudgeRule(judgeRule);
		boolean fresh = awaitFresh(shopId, to.plusDays(settings.validityDays() - 1));
		FigureSheet.Sheet sheet = new FigureSheet(shop, settings, from, to).add(facts.receptions(shopId, from, to),
				creditedOrders(shop, settings, from, to), facts.unreceived(shopId, from, to), accounts(shop));
		return new TeamFigures(from, to, settings.judgeRule(), sheet.agents(), sheet.shop(),
				provisionalFrom(shop, settings, from, to), !fresh);
	}

	private boolean awaitFresh(long shopId, LocalDate lastRelevant) {
		recompute.queueHistoryOnce(shopId);
		if (!pendingDays.anyTouching(shopId, lastRelevant)) {
			return true;
		}
		RecomputeWorker running = worker.getIfAvailable();
		if (running == null) {
			recompute.drain();
			return !pendingDays.anyTouching(shopId, lastRelevant);
		}
		running.wake();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (!pendingDays.anyTouching(shopId, lastRelevant)) {
				return true;
			}
		}
		return false;
	}

	private List<CreditedOrder> creditedOrders(Shop shop, FigureSettings settings, LocalDate from, LocalDate to) {
		List<Order> active = orders.activeBetween(shop.id().value(), shop.startOf(from),
				shop.startOf(to.plusDays(settings.validityDays())));
		Map<Long, Credit> credits = facts.credits(active.stream().map(order -> order.id().value()).toList(),
				settings.judgeRule());
		List<CreditedOrder> credited = new ArrayList<>(active.size());
		for (Order order : active) {
			Credit credit = credits.get(order.id().value());
			// an order without a credit row is the shop's own, or not computed yet (then
			// the
			// figures are stale)
			if (credit != null) {
				credited.add(new CreditedOrder(order.id().value(), order.buyerId(), credit.agent(), order.createdAt(),
						order.paidAt(), order.paidAmount(), order.refunds()));
			}
		}
		return credited;
	}

	private LongFunction<String> accounts(Shop shop) {
		Map<Long, String> accounts = new HashMap<>();
		for (Agent agent : staff.inShop(shop.id().value())) {
			accounts.put(agent.id().value(),
					shop.agentAccount(agent.nickname() != null ? agent.nickname() : agent.displayName()));
		}
		return id -> accounts.getOrDefault(id, shop.name() + ":#" + id);
	}

	private @Nullable LocalDate provisionalFrom(Shop shop, FigureSettings settings, LocalDate from, LocalDate to) {
		LocalDate firstProvisional = shop.businessDay(clock.instant()).minusDays(settings.validityDays() - 1);
		if (to.isBefore(firstProvisional)) {
			return null;
		}
		return from.isAfter(firstProvisional) ? from : firstProvisional;
	}

	/**
	 * The judge rule, the service window, the slow threshold and the targets are applied
	 * when figures are read (facts hold every rule's credits); the rest shapes the facts.
	 */
	private static boolean changesFacts(FigureSettings before, FigureSettings after) {
		return before.validityDays() != after.validityDays() || before.afterSalesDays() != after.afterSalesDays()
				|| !before.grace().equals(after.grace()) || before.filterOwnAccounts() != after.filterOwnAccounts()
				|| !before.ownAccounts().equals(after.ownAccounts())
				|| before.filterEmptyChats() != after.filterEmptyChats()
				|| !before.excludedFlags().equals(after.excludedFlags());
	}

	@Override
	public FigureSettings settings(long shopId) {
		return settingsStore.of(shopId);
	}

	@Override
	@Transactional
	public void changeSettings(long shopId, FigureSettings settings) {
		FigureSettings before = settingsStore.of(shopId);
		settingsStore.save(shopId, settings);
		if (changesFacts(before, settings)) {
			recompute.queueHistory(shopId);
			worker.ifAvailable(RecomputeWorker::wake);
		}
	}

}
