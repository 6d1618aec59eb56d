package io.kefu.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.kefu.reception.PresenceSpan;
import io.kefu.workforce.AttendanceDay.State;

import org.jspecify.annotations.Nullable;

/**
 * Judges how agents kept their published shifts from the spans they were at the desk
 * (online or busy; away and signed out are not at the desk). For each shift that has
 * ended: late when the first sign-in during it came more than {@link #GRACE} after the
 * start (at the desk already when it started is on time); left early when the last
 * sign-off came more than the grace before the end and they did not come back before it
 * ended; absent when they were never at the desk during it. Breaks between are not
 * judged. Minutes are whole minutes from the start or to the end, rounded down.
 */
public final class Attendance {

	/**
	 * The minutes an agent may be late or leave early unmarked: the time to open the
	 * workbench and sign in, or to hand over at the end.
	 */
	public static final Duration GRACE = Duration.ofMinutes(5);

	private final ZoneId zone;

	private final Instant now;

	private final @Nullable Instant historySince;

	/**
	 * @param zone the shop's time zone, in which the shifts' clock times are read
	 * @param now shifts ending after this are not judged yet
	 */
	public Attendance(ZoneId zone, Instant now) {
		this(zone, now, Instant.EPOCH);
	}

	/**
	 * @param historySince when the shop's presence history begins, null when it has none:
	 * shifts starting before it are not judged
	 */
	public Attendance(ZoneId zone, Instant now, @Nullable Instant historySince) {
		this.zone = zone;
		this.now = now;
		this.historySince = historySince;
	}

	/**
	 * @param spans the agent's spans at the desk, in time order; those not overlapping
	 * the shift are ignored
	 * @param onLeave whether the agent had approved leave that day
	 */
	public AttendanceDay judge(PublishedShift shift, List<PresenceSpan> spans, boolean onLeave) {
		Instant start = shift.startsAt(zone);
		Instant end = shift.endsAt(zone);
		List<PresenceSpan> during = spans.stream()
			.filter(span -> span.agent().equals(shift.agent()))
			.filter(span -> span.from().isBefore(end) && span.to().isAfter(start))
			.toList();
		@Nullable Instant signedIn = during.isEmpty() ? null : during.get(0).from();
		@Nullable Instant signedOff = during.isEmpty() || !during.get(during.size() - 1).to().isBefore(end) ? null
				: during.get(during.size() - 1).to();
		State state = onLeave ? State.ON_LEAVE
				: now.isBefore(start) ? State.AHEAD : now.isBefore(end) ? State.IN_PROGRESS
						: historySince == null || start.isBefore(historySince) ? State.NO_HISTORY : State.JUDGED;
		if (state != State.JUDGED) {
			return new AttendanceDay(shift.agent(), shift.day(), shift.code(), shift.name(), start, end, state,
					signedIn, signedOff, false, 0, false, 0, false);
		}
		Duration late = signedIn == null || !signedIn.isAfter(start) ? Duration.ZERO
				: Duration.between(start, signedIn);
		Duration early = signedOff == null ? Duration.ZERO : Duration.between(signedOff, end);
		boolean isLate = late.compareTo(GRACE) > 0;
		boolean leftEarly = early.compareTo(GRACE) > 0;
		return new AttendanceDay(shift.agent(), shift.day(), shift.code(), shift.name(), start, end, state, signedIn,
				signedOff, isLate, isLate ? (int) late.toMinutes() : 0, leftEarly,
				leftEarly ? (int) early.toMinutes() : 0, signedIn == null);
	}

}
