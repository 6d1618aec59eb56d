package io.kefu.followup.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kefu.access.Caller;
import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.FigureTargets;
import io.kefu.analytics.Figures;
import io.kefu.analytics.TargetGap;
import io.kefu.analytics.TeamFigures;
import io.kefu.customer.Buyers;
import io.kefu.followup.DailyStart;
import io.kefu.followup.DailyStart.AbnormalOrder;
import io.kefu.followup.DailyStart.Abnormality;
import io.kefu.followup.DailyStarts;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupQuery;
import io.kefu.followup.FollowupStatus;
import io.kefu.followup.Followups;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.OrderStatus;
import io.kefu.order.Orders;
import io.kefu.order.Refund;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.order.RemarkTasks;
import io.kefu.reception.OfflineMessage;
import io.kefu.reception.ReceptionFloor;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

@Component
class DailyStartDesk implements DailyStarts {

	private static final int LIST_LIMIT = 200;

	private final Followups followups;

	private final Figures figures;

	private final Orders orders;

	private final RemarkTasks remarkTasks;

	private final ReceptionFloor floor;

	private final Buyers buyers;

	private final Shops shops;

	private final Clock clock;

	DailyStartDesk(Followups followups, Figures figures, Orders orders, RemarkTasks remarkTasks, ReceptionFloor floor,
			Buyers buyers, Shops shops, Clock clock) {
		this.followups = followups;
		this.figures = figures;
		this.orders = orders;
		this.remarkTasks = remarkTasks;
		this.floor = floor;
		this.buyers = buyers;
		this.shops = shops;
		this.clock = clock;
	}

	@Override
	public DailyStart of(Caller caller, ShopId shopId) {
		Shop shop = shops.get(shopId);
		Instant now = clock.instant();
		LocalDate today = shop.businessDay(now);
		LocalDate yesterday = today.minusDays(1);
		AgentId self = caller.supervises() ? null : AgentId.of(caller.agentId());
		FollowupQuery worked = FollowupQuery.ofShop(shopId).workedBy(caller);
		FollowupQuery mine = worked.ofKind(FollowupKind.PAYMENT_REMINDER);
		List<Followup> dueNow = followups.list(mine.inStatus(FollowupStatus.OPEN))
			.stream()
			.filter(task -> !task.dueAt().isAfter(now))
			.toList();
		List<Followup> inquiries = followups.list(worked.ofKind(FollowupKind.INQUIRY).inStatus(FollowupStatus.OPEN))
			.stream()
			.filter(task -> !task.dueAt().isAfter(now))
			.toList();
		List<Followup> afterSales = Stream.of(FollowupKind.REVIEW_REMINDER, FollowupKind.AFTER_SALES_VISIT)
			.flatMap(kind -> followups.list(worked.ofKind(kind).inStatus(FollowupStatus.OPEN)).stream())
			.filter(task -> !task.dueAt().isAfter(now))
			.sorted(Comparator.comparing(Followup::dueAt))
			.toList();
		return new DailyStart(today, yesterday, leftovers(caller, shop, today), headline(shopId, self, yesterday),
				abnormalOrders(shop, yesterday), unpaid(followups.list(mine.on(yesterday))), dueNow, inquiries,
				afterSales);
	}

	private List<OfflineMessage> leftovers(Caller caller, Shop shop, LocalDate today) {
		Instant startOfToday = shop.startOf(today);
		return floor.offlineMessages(caller)
			.stream()
			.filter(message -> message.shopId() == shop.id().value() && message.leftAt().isBefore(startOfToday))
			.sorted(Comparator.comparing(OfflineMessage::leftAt))
			.toList();
	}

	private DailyStart.Headline headline(ShopId shop, @Nullable AgentId self, LocalDate yesterday) {
		FigureTargets targets = figures.settings(shop).targets();
		LocalDate monday = yesterday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		TeamFigures day = figures.team(shop, yesterday, yesterday, null);
		TeamFigures week = figures.team(shop, monday, yesterday, null);
		AgentFigures dayRow = rowOf(day, self);
		AgentFigures weekRow = rowOf(week, self);
		return new DailyStart.Headline(dayRow,
				dayRow == null ? null : TargetGap.of(dayRow, targets, yesterday, yesterday), weekRow,
				weekRow == null ? null : TargetGap.of(weekRow, targets, monday, yesterday), monday,
				day.stale() || week.stale(), day.provisionalFrom() != null);
	}

	private static @Nullable AgentFigures rowOf(TeamFigures figures, @Nullable AgentId agent) {
		if (agent == null) {
			return figures.team();
		}
		return figures.agents().stream().filter(row -> agent.equals(row.agentId())).findFirst().orElse(null);
	}

	/**
	 * Orders placed yesterday that are unpaid or have a refund requested, and orders
	 * whose address change still waits on the clerk's list.
	 */
	private List<AbnormalOrder> abnormalOrders(Shop shop, LocalDate yesterday) {
		Instant from = shop.startOf(yesterday);
		Instant to = shop.startOf(yesterday.plusDays(1));
		Map<OrderId, Set<Abnormality>> found = new LinkedHashMap<>();
		Map<OrderId, Order> byId = new LinkedHashMap<>();
		for (Order order : orders.paymentsActiveBetween(shop.id(), from, to)) {
			boolean placedYesterday = !order.createdAt().isBefore(from) && order.createdAt().isBefore(to);
			if (placedYesterday && order.status() == OrderStatus.WAITING_PAYMENT) {
				mark(found, byId, order, Abnormality.UNPAID);
			}
			if (order.refunds().stream().anyMatch(refund -> refund.status() == Refund.RefundStatus.REQUESTED)) {
				mark(found, byId, order, Abnormality.REFUND_REQUESTED);
			}
		}
		for (RemarkTask task : remarkTasks.ofShop(shop.id(), RemarkTask.Status.OPEN, LIST_LIMIT)) {
			if (task.kind() == RemarkKind.ADDRESS) {
				orders.find(task.orderId())
					.ifPresent(order -> mark(found, byId, order, Abnormality.ADDRESS_CHANGE_PENDING));
			}
		}
		Map<Long, String> nicks = buyers.nicks(shop.id(),
				byId.values().stream().map(order -> order.buyerId().value()).collect(Collectors.toSet()));
		List<AbnormalOrder> abnormal = new ArrayList<>();
		found.forEach((id, reasons) -> {
			Order order = byId.get(id);
			abnormal.add(new AbnormalOrder(id, order.orderNo(), nicks.getOrDefault(order.buyerId().value(), ""),
					order.createdAt(), order.totalAmount(), reasons));
		});
		abnormal.sort(Comparator.comparing(AbnormalOrder::createdAt));
		return abnormal.size() > LIST_LIMIT ? abnormal.subList(0, LIST_LIMIT) : abnormal;
	}

	private static void mark(Map<OrderId, Set<Abnormality>> found, Map<OrderId, Order> byId, Order order,
			Abnormality abnormality) {
		if (order.id() == null) {
			return;
		}
		byId.putIfAbsent(order.id(), order);
		found.computeIfAbsent(order.id(), id -> EnumSet.noneOf(Abnormality.class)).add(abnormality);
	}

	private static DailyStart.Unpaid unpaid(List<Followup> reminders) {
		Map<FollowupStatus, Long> byStatus = new EnumMap<>(FollowupStatus.class);
		reminders.forEach(task -> byStatus.merge(task.status(), 1L, Long::sum));
		Map<String, Long> reasons = reminders.stream()
			.map(Followup::reason)
			.filter(reason -> reason != null)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Map<String, Long> sorted = new LinkedHashMap<>();
		reasons.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return new DailyStart.Unpaid(reminders.size(), byStatus, sorted);
	}

}
