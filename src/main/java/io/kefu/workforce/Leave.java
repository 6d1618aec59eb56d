package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * 请假: days an agent is away, asked for by the agent (or filed for them by a supervisor)
 * and approved by a supervisor. Approved leave days are days off that do not count as
 * rest.
 *
 * @param id the leave's number
 * @param shop the shop
 * @param agent who is away
 * @param firstDay the first day away
 * @param lastDay the last day away (the same as the first for one day)
 * @param reason why
 * @param status where it stands
 * @param requestedAt when it was asked for
 * @param decidedAt when it was approved, refused or withdrawn, null before
 * @param decidedBy who approved or refused it, null otherwise
 */
public record Leave(long id, ShopId shop, AgentId agent, LocalDate firstDay, LocalDate lastDay, String reason,
		Status status, Instant requestedAt, @Nullable Instant decidedAt, @Nullable AgentId decidedBy) {

	/** The longest leave, in days. */
	public static final int MAX_DAYS = 62;

	/** The longest reason. */
	public static final int MAX_REASON = 500;

	/** Where a leave stands. */
	public enum Status {

		REQUESTED, APPROVED, REFUSED, WITHDRAWN

	}

	/**
	 * Checks a leave's days and reason.
	 * @throws IllegalArgumentException naming the field
	 */
	public static void check(LocalDate firstDay, LocalDate lastDay, String reason) {
		// first, so that the length below cannot overflow at the end of time
		if (firstDay.getYear() < 2000 || firstDay.getYear() > 2999) {
			throw new IllegalArgumentException("firstDay: a day of the years 2000–2999, not " + firstDay);
		}
		if (lastDay.getYear() < 2000 || lastDay.getYear() > 2999) {
			throw new IllegalArgumentException("lastDay: a day of the years 2000–2999, not " + lastDay);
		}
		if (lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("lastDay: " + lastDay + " is before firstDay " + firstDay);
		}
		if (firstDay.plusDays(MAX_DAYS).isBefore(lastDay.plusDays(1))) {
			throw new IllegalArgumentException("lastDay: a leave is at most " + MAX_DAYS + " days, not "
					+ (lastDay.toEpochDay() - firstDay.toEpochDay() + 1));
		}
		if (reason.isBlank()) {
			throw new IllegalArgumentException("reason: required (why the agent is away)");
		}
		if (reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("reason: at most " + MAX_REASON + " characters, not " + reason.length());
		}
	}

	/** Whether the leave shares a day with the other days. */
	public boolean overlaps(LocalDate first, LocalDate last) {
		return !firstDay.isAfter(last) && !lastDay.isBefore(first);
	}

	/** The months the leave touches, in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(firstDay); !month.isAfter(YearMonth.from(lastDay)); month = month
			.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** A supervisor approves it. */
	public Leave approve(AgentId by, Instant at) {
		requireRequested("approved");
		return decided(Status.APPROVED, at, by);
	}

	/** A supervisor says no. */
	public Leave refuse(AgentId by, Instant at) {
		requireRequested("refused");
		return decided(Status.REFUSED, at, by);
	}

	/**
	 * The agent takes it back: while it is asked for, or approved and not yet begun.
	 */
	public Leave withdraw(AgentId by, Instant at, LocalDate today) {
		if (!agent.equals(by)) {
			throw new AccessDeniedException("Only the agent away may withdraw leave " + id);
		}
		boolean notBegun = status == Status.APPROVED && firstDay.isAfter(today);
		if (status != Status.REQUESTED && !notBegun) {
			throw new RosterStateException("Leave " + id + " is " + status
					+ (status == Status.APPROVED ? " and has begun" : "") + "; it can no longer be withdrawn");
		}
		return new Leave(id, shop, agent, firstDay, lastDay, reason, Status.WITHDRAWN, requestedAt, at, decidedBy);
	}

	private Leave decided(Status next, Instant at, AgentId by) {
		return new Leave(id, shop, agent, firstDay, lastDay, reason, next, requestedAt, at, by);
	}

	private void requireRequested(String verb) {
		if (status != Status.REQUESTED) {
			throw new RosterStateException("Leave " + id + " is " + status + "; only requested leave can be " + verb);
		}
	}

}
