package io.kefu.demo.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

import io.kefu.order.Flag;
import io.kefu.order.Refund;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

import static io.kefu.demo.internal.AfterSalesCase.Problem;
import static io.kefu.demo.internal.AfterSalesCase.Resolution;

/**
 * Decides which delivered orders come back as after-sales cases, what the refund and
 * remark on the order will be, and keeps the cases until the day the buyer writes.
 */
final class AfterSalesDesk {

	private static final BigDecimal COMPENSATION = new BigDecimal("20.00");

	private final Roster roster;

	private final ZoneId zone;

	private final Instant horizon;

	private final Map<LocalDate, List<AfterSalesCase>> pending = new TreeMap<>();

	AfterSalesDesk(Roster roster, ZoneId zone, Instant horizon) {
		this.roster = roster;
		this.zone = zone;
		this.horizon = horizon;
	}

	/** The cases whose buyers write on that day, in the order they were planned. */
	List<AfterSalesCase> casesOn(LocalDate day) {
		List<AfterSalesCase> cases = pending.remove(day);
		return cases == null ? List.of() : cases;
	}

	/**
	 * Perhaps the buyer of a delivered order comes back; the order gets the case's refund
	 * and remark.
	 */
	PlannedOrder consider(RandomGenerator random, PlannedOrder order, Lamp lamp, Destinations.Destination destination,
			Instant deliveredAt) {
		if (random.nextInt(100) >= 12) {
			return order;
		}
		LocalDate day = deliveredAt.atZone(zone).toLocalDate().plusDays(random.nextInt(3));
		Instant startsAt = day.atStartOfDay(zone).toInstant().plusSeconds(ArrivalCurve.secondBetween(random, 10, 21));
		Responder agent = agentAt(random, startsAt);
		if (startsAt.isAfter(horizon) || agent == null) {
			return order;
		}
		Problem problem = Problem.values()[random.nextInt(Problem.values().length)];
		AfterSalesCase aCase = new AfterSalesCase(order.nick(), order.orderNo(), lamp, destination, problem,
				resolution(random, problem), startsAt, agent);
		pending.computeIfAbsent(day, d -> new ArrayList<>()).add(aCase);
		return settle(random, order, aCase);
	}

	private @Nullable Responder agentAt(RandomGenerator random, Instant at) {
		Responder agent = roster.pick(random, at, SkillGroup.AFTER_SALES);
		return agent != null ? agent : roster.pick(random, at, SkillGroup.PRE_SALES);
	}

	private static Resolution resolution(RandomGenerator random, Problem problem) {
		return switch (problem) {
			case DAMAGED -> random.nextBoolean() ? Resolution.RESEND : Resolution.FULL_REFUND;
			case DEAD -> random.nextBoolean() ? Resolution.ADVICE : Resolution.EXCHANGE;
			case UNWANTED -> Resolution.FULL_REFUND;
			case SCRATCHED -> Resolution.PARTIAL_REFUND;
			case WRONG_COLOUR -> Resolution.EXCHANGE;
			case LATE -> Resolution.ADVICE;
		};
	}

	private PlannedOrder settle(RandomGenerator random, PlannedOrder order, AfterSalesCase aCase) {
		Instant at = aCase.startsAt().plusSeconds(random.nextInt(600, 2400));
		Responder agent = aCase.agent();
		return switch (aCase.resolution()) {
			case ADVICE -> order;
			case RESEND ->
				order.withRemark(RemarkForm.write(agent.id(), agent.name(), "破损补发新灯 顺丰 原件不退回", Flag.PURPLE, at, zone));
			case EXCHANGE ->
				order.withRemark(RemarkForm.write(agent.id(), agent.name(), "客户要求换货,收到退回后发新色", Flag.RED, at, zone));
			case PARTIAL_REFUND -> refund(random, order, COMPENSATION, "商品瑕疵补偿", at, Duration.ofMinutes(30), false);
			case FULL_REFUND -> refund(random, order, order.paidAmountPlanned(), reason(aCase.problem()), at,
					Duration.ofDays(aCase.problem() == Problem.DAMAGED ? 0 : 3), true);
		};
	}

	private static String reason(Problem problem) {
		return problem == Problem.DAMAGED ? "商品破损/少件" : "七天无理由退换货";
	}

	/**
	 * A refund requested at {@code at}, paid after {@code wait} plus a few hours unless
	 * that is after the end of the history; one in five refunded ones comes without its
	 * refund time, as some exports give none, but every one is closed when it was paid.
	 */
	private PlannedOrder refund(RandomGenerator random, PlannedOrder order, BigDecimal amount, String reason,
			Instant at, Duration wait, boolean full) {
		Instant refundedAt = at.plus(wait).plusSeconds(random.nextInt(1800, 6 * 3600));
		if (refundedAt.isAfter(horizon)) {
			return order.withRefund(new Refund(TradeNumbers.refundNo(random), amount, Refund.RefundStatus.REQUESTED,
					reason, at, null, null), false);
		}
		Instant recorded = random.nextInt(5) == 0 ? null : refundedAt;
		return order.withRefund(new Refund(TradeNumbers.refundNo(random), amount, Refund.RefundStatus.REFUNDED, reason,
				at, recorded, refundedAt), full);
	}

}
