package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.ShopFigures;
import io.kefu.order.Refund;
import io.kefu.shop.Shop;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * Adds up receptions and credited orders into each agent's figures and the shop's over a
 * range of business days (DOMAIN.md, "Response times", "Inquiries and conversion",
 * "Sales").
 */
final class FigureSheet {

	private static final long TEAM = 0;

	private final Shop shop;

	private final FigureSettings settings;

	private final LocalDate from;

	private final LocalDate to;

	FigureSheet(Shop shop, FigureSettings settings, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
		}
		this.shop = shop;
		this.settings = settings;
		this.from = from;
		this.to = to;
	}

	/**
	 * @param receptions the receptions of the range's days (and of the day after it, if
	 * at hand)
	 * @param orders orders credited under one rule: those paid in the range, those with a
	 * refund in it, and those created from the range's first day to its last day's
	 * validity
	 * @param unreceived the buyer-days of the range nobody received
	 * @param accountOf the sub-account of an agent id
	 */
	Sheet add(Collection<ReceptionSummary> receptions, Collection<CreditedOrder> orders,
			Collection<UnreceivedDay> unreceived, LongFunction<String> accountOf) {
		return sum(days(receptions, orders, unreceived), accountOf);
	}

	/**
	 * Each day's sums of the range, every agent's and the team's, and the shop's: what a
	 * range's figures add up from, and what is stored of them.
	 */
	List<DaySums> days(Collection<ReceptionSummary> receptions, Collection<CreditedOrder> orders,
			Collection<UnreceivedDay> unreceived) {
		Map<LocalDate, DaySums> days = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, new DaySums(day));
		}
		Set<ReceptionKey> present = new HashSet<>();
		for (ReceptionSummary reception : receptions) {
			present.add(new ReceptionKey(reception.agent(), reception.buyerId(), reception.day()));
		}
		Map<BuyerAgent, List<CreditedOrder>> creditedTo = new HashMap<>();
		for (CreditedOrder order : orders) {
			if (order.agent() != null) {
				creditedTo.computeIfAbsent(new BuyerAgent(order.buyerId(), order.agent()), key -> new ArrayList<>())
					.add(order);
			}
		}
		for (ReceptionSummary reception : receptions) {
			DaySums day = days.get(reception.day());
			if (day == null) {
				continue;
			}
			boolean repeated = present
				.contains(new ReceptionKey(reception.agent(), reception.buyerId(), reception.day().plusDays(1)));
			List<CreditedOrder> converting = converting(reception.inquiry(), reception.day(), reception.firstInAt(),
					creditedTo.getOrDefault(new BuyerAgent(reception.buyerId(), reception.agent()), List.of()));
			for (FigureSums sums : List.of(day.of(reception.agent()), day.team())) {
				sums.addReception(reception, repeated);
				if (reception.inquiry()) {
					sums.addInquiry(converting);
				}
			}
			day.hours()[reception.firstInAt().atZone(shop.timeZone()).getHour()]++;
		}
		Map<LocalDate, Map<Long, Set<Long>>> salesBuyers = new HashMap<>();
		for (CreditedOrder order : orders) {
			DaySums paidDay = order.isPaid() ? days.get(shop.businessDay(order.paidAt())) : null;
			if (paidDay != null) {
				paidDay.paid = paidDay.paid.add(order.paidAmount());
				if (order.agent() != null) {
					paidDay.of(order.agent()).addSale(order.paidAmount());
					paidDay.team().addSale(order.paidAmount());
					Map<Long, Set<Long>> buyers = salesBuyers.computeIfAbsent(paidDay.day(), key -> new HashMap<>());
					buyers.computeIfAbsent(order.agent(), key -> new HashSet<>()).add(order.buyerId());
					buyers.computeIfAbsent(TEAM, key -> new HashSet<>()).add(order.buyerId());
				}
			}
			if (order.agent() != null) {
				for (Refund refund : countedRefunds(order)) {
					DaySums refundDay = days.get(refundDay(refund, order));
					refundDay.of(order.agent()).addRefund(refund.amount());
					refundDay.team().addRefund(refund.amount());
				}
			}
		}
		salesBuyers.forEach((day, byAgent) -> byAgent.forEach((agent, buyers) -> {
			DaySums sums = days.get(day);
			(agent == TEAM ? sums.team() : sums.of(agent)).salesBuyers = buyers.size();
		}));
		for (UnreceivedDay day : unreceived) {
			DaySums sums = days.get(day.day());
			if (sums != null && !(settings.filterEmptyChats() && day.allCards())) {
				sums.unreceived++;
			}
		}
		return List.copyOf(days.values());
	}

	/** Adds up the days' sums into the range's figures. */
	Sheet sum(List<DaySums> days, LongFunction<String> accountOf) {
		Map<Long, FigureSums> agents = new TreeMap<>();
		FigureSums team = new FigureSums();
		BigDecimal paid = BigDecimal.ZERO;
		long unreceivedCount = 0;
		for (DaySums day : days) {
			boolean last = day.day().equals(to);
			day.agents()
				.forEach((agent, sums) -> agents.computeIfAbsent(agent, key -> new FigureSums()).add(sums, last));
			team.add(day.team(), last);
			paid = paid.add(day.paid());
			unreceivedCount += day.unreceived();
		}
		List<AgentFigures> figures = new ArrayList<>();
		agents.forEach((agent, sums) -> figures.add(sums.figures(AgentId.of(agent), accountOf.apply(agent))));
		BigDecimal agentSales = figures.stream()
			.map(AgentFigures::salesAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		ShopFigures shopFigures = new ShopFigures(money(paid), money(agentSales), money(paid.subtract(agentSales)),
				ratio(agentSales.doubleValue(), paid.signum() == 0 ? 0 : paid.doubleValue()), unreceivedCount);
		return new Sheet(figures, team.figures(null, ""), shopFigures);
	}

	/** Receptions by the hour of day (shop time) of their first buyer message. */
	static long[] receptionsByHour(List<DaySums> days) {
		long[] hours = new long[24];
		for (DaySums day : days) {
			for (int hour = 0; hour < 24; hour++) {
				hours[hour] += day.hours()[hour];
			}
		}
		return hours;
	}

	/**
	 * The orders through which an inquiry converts: created by its buyer after its first
	 * buyer message, on a business day within its validity, credited to its agent (given
	 * here: the orders of the buyer credited to the agent). None when the reception is
	 * not an inquiry.
	 */
	List<CreditedOrder> converting(boolean inquiry, LocalDate day, Instant firstInAt,
			Collection<CreditedOrder> creditedToAgent) {
		if (!inquiry) {
			return List.of();
		}
		LocalDate lastValidDay = day.plusDays(settings.validityDays() - 1);
		List<CreditedOrder> converting = new ArrayList<>();
		for (CreditedOrder order : creditedToAgent) {
			LocalDate created = shop.businessDay(order.createdAt());
			if (order.createdAt().isAfter(firstInAt) && !created.isBefore(day) && !created.isAfter(lastValidDay)) {
				converting.add(order);
			}
		}
		return converting;
	}

	/** The refunds of an order that count in the range. */
	List<Refund> countedRefunds(CreditedOrder order) {
		return order.refunds().stream().filter(refund -> counts(refund, order)).toList();
	}

	/**
	 * A refund counts when the money went back (not while requested, rejected or
	 * cancelled), on its business day, or on the payment's when the export gave no refund
	 * time.
	 */
	private boolean counts(Refund refund, CreditedOrder order) {
		if (refund.status() != Refund.RefundStatus.REFUNDED || order.paidAt() == null) {
			return false;
		}
		return inRange(refundDay(refund, order));
	}

	private LocalDate refundDay(Refund refund, CreditedOrder order) {
		return shop.businessDay(refund.refundedAt() != null ? refund.refundedAt() : order.paidAt());
	}

	private boolean inRange(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	boolean inServiceWindow(Instant at) {
		return ReceptionSummary.inServiceWindow(at, shop, settings);
	}

	static @Nullable Double ratio(double numerator, double denominator) {
		return denominator == 0 ? null : numerator / denominator;
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Each agent's figures, the whole team's (every reception and credited order, as if
	 * of one agent) and the shop's.
	 */
	record Sheet(List<AgentFigures> agents, AgentFigures team, ShopFigures shop) {
	}

	private record ReceptionKey(long agent, long buyerId, LocalDate day) {
	}

	private record BuyerAgent(long buyerId, long agent) {
	}

	/**
	 * One business day's sums: each agent's, the team's, and the shop's paid amount,
	 * unreceived consultations and receptions by hour of day.
	 */
	static final class DaySums {

		private final LocalDate day;

		private final Map<Long, FigureSums> agents;

		private final FigureSums team;

		private BigDecimal paid;

		private long unreceived;

		private final long[] hours;

		DaySums(LocalDate day) {
			this(day, new TreeMap<>(), new FigureSums(), BigDecimal.ZERO, 0, new long[24]);
		}

		DaySums(LocalDate day, Map<Long, FigureSums> agents, FigureSums team, BigDecimal paid, long unreceived,
				long[] hours) {
			this.day = day;
			this.agents = agents;
			this.team = team;
			this.paid = paid;
			this.unreceived = unreceived;
			this.hours = hours;
		}

		LocalDate day() {
			return day;
		}

		Map<Long, FigureSums> agents() {
			return agents;
		}

		FigureSums team() {
			return team;
		}

		BigDecimal paid() {
			return paid;
		}

		long unreceived() {
			return unreceived;
		}

		long[] hours() {
			return hours;
		}

		FigureSums of(long agent) {
			return agents.computeIfAbsent(agent, key -> new FigureSums());
		}

	}

}
