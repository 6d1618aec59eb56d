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
	 * @param receptions the unfiltered receptions of the range's days
	 * @param orders orders credited under one rule: those paid in the range, those with a
	 * refund in it, and those created from the range's first day to its last day's
	 * validity
	 * @param unreceived the buyer-days of the range nobody received
	 * @param accountOf the sub-account of an agent id
	 */
	Sheet add(Collection<ReceptionSummary> receptions, Collection<CreditedOrder> orders,
			Collection<UnreceivedDay> unreceived, LongFunction<String> accountOf) {
		Map<Long, Tally> tallies = new TreeMap<>();
		Set<ReceptionKey> present = new HashSet<>();
		for (ReceptionSummary reception : receptions) {
			if (inRange(reception.day())) {
				present.add(new ReceptionKey(reception.agent(), reception.buyerId(), reception.day()));
			}
		}
		Map<BuyerAgent, List<CreditedOrder>> creditedTo = new HashMap<>();
		for (CreditedOrder order : orders) {
			if (order.agent() != null) {
				creditedTo.computeIfAbsent(new BuyerAgent(order.buyerId(), order.agent()), key -> new ArrayList<>())
					.add(order);
			}
		}
		Tally team = new Tally(TEAM);
		for (ReceptionSummary reception : receptions) {
			if (inRange(reception.day())) {
				List<CreditedOrder> converting = converting(reception.inquiry(), reception.day(), reception.firstInAt(),
						creditedTo.getOrDefault(new BuyerAgent(reception.buyerId(), reception.agent()), List.of()));
				for (Tally tally : List.of(tallies.computeIfAbsent(reception.agent(), Tally::new), team)) {
					tally.addReception(reception, present);
					tally.addInquiry(reception, converting);
				}
			}
		}
		BigDecimal paid = BigDecimal.ZERO;
		for (CreditedOrder order : orders) {
			if (order.isPaid() && inRange(shop.businessDay(order.paidAt()))) {
				paid = paid.add(order.paidAmount());
				if (order.agent() != null) {
					tallies.computeIfAbsent(order.agent(), Tally::new).addSale(order);
					team.addSale(order);
				}
			}
			if (order.agent() != null) {
				for (Refund refund : countedRefunds(order)) {
					tallies.computeIfAbsent(order.agent(), Tally::new).addRefund(refund.amount());
					team.addRefund(refund.amount());
				}
			}
		}
		List<AgentFigures> agents = tallies.values().stream().map(tally -> tally.figures(accountOf)).toList();
		BigDecimal agentSales = agents.stream().map(AgentFigures::salesAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		long unreceivedCount = unreceived.stream()
			.filter(day -> inRange(day.day()) && !(settings.filterEmptyChats() && day.allCards()))
			.count();
		ShopFigures shopFigures = new ShopFigures(money(paid), money(agentSales), money(paid.subtract(agentSales)),
				ratio(agentSales.doubleValue(), paid.signum() == 0 ? 0 : paid.doubleValue()), unreceivedCount);
		return new Sheet(agents, team.figures(agent -> ""), shopFigures);
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

	/** Receptions by the hour of day (shop time) of their first buyer message. */
	long[] receptionsByHour(Collection<ReceptionSummary> receptions) {
		long[] hours = new long[24];
		for (ReceptionSummary reception : receptions) {
			if (inRange(reception.day())) {
				hours[reception.firstInAt().atZone(shop.timeZone()).getHour()]++;
			}
		}
		return hours;
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
		Instant when = refund.refundedAt() != null ? refund.refundedAt() : order.paidAt();
		return inRange(shop.businessDay(when));
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

	private record BuyerDay(long buyerId, LocalDate day) {
	}

	/** One agent's running sums. */
	private final class Tally {

		private final long agent;

		private long receptions;

		private long replied;

		private double firstResponseSum;

		private long firstResponses;

		private double responseSum;

		private long answeredRuns;

		private long windowRuns;

		private long windowRunsWithinThreeMinutes;

		private long slow;

		private long humanMessages;

		private long inMessages;

		private long inquiries;

		private long ordered;

		private long paidInquiries;

		private BigDecimal sales = BigDecimal.ZERO;

		private final Set<BuyerDay> salesBuyers = new HashSet<>();

		private BigDecimal refunds = BigDecimal.ZERO;

		Tally(long agent) {
			this.agent = agent;
		}

		void addReception(ReceptionSummary reception, Set<ReceptionKey> present) {
			receptions++;
			if (reception.replied()) {
				replied++;
			}
			if (reception.firstResponseSeconds() != null) {
				firstResponseSum += reception.firstResponseSeconds();
				firstResponses++;
			}
			responseSum += reception.responseSeconds();
			answeredRuns += reception.answeredRuns();
			slow += reception.slowRuns();
			windowRuns += reception.windowRuns();
			windowRunsWithinThreeMinutes += reception.windowRunsWithinThreeMinutes();
			humanMessages += reception.humanMessages();
			// messages of the grace also belong to the next day's reception: count them
			// once
			if (present
				.contains(new ReceptionKey(reception.agent(), reception.buyerId(), reception.day().plusDays(1)))) {
				humanMessages -= reception.graceMessages();
			}
			inMessages += reception.inMessages();
		}

		void addInquiry(ReceptionSummary reception, List<CreditedOrder> converting) {
			if (!reception.inquiry()) {
				return;
			}
			inquiries++;
			if (!converting.isEmpty()) {
				ordered++;
			}
			if (converting.stream().anyMatch(CreditedOrder::isPaid)) {
				paidInquiries++;
			}
		}

		void addSale(CreditedOrder order) {
			sales = sales.add(order.paidAmount());
			salesBuyers.add(new BuyerDay(order.buyerId(), shop.businessDay(order.paidAt())));
		}

		void addRefund(BigDecimal amount) {
			refunds = refunds.add(amount);
		}

		AgentFigures figures(LongFunction<String> accountOf) {
			long buyers = salesBuyers.size();
			return new AgentFigures(agent, accountOf.apply(agent), receptions, replied, receptions - replied,
					ratio(replied, receptions), firstResponses == 0 ? null : firstResponseSum / firstResponses,
					answeredRuns == 0 ? null : responseSum / answeredRuns, answeredRuns,
					ratio(windowRunsWithinThreeMinutes, windowRuns), slow, ratio(humanMessages, inMessages), inquiries,
					ordered, paidInquiries, ratio(paidInquiries, inquiries), money(sales), buyers,
					buyers == 0 ? null : sales.divide(BigDecimal.valueOf(buyers), 2, RoundingMode.HALF_UP),
					money(refunds), money(sales.subtract(refunds)));
		}

	}

}
