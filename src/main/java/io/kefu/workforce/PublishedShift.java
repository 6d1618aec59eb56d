package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import io.kefu.staff.AgentId;

/**
 * A shift of the published roster that an agent was to work: the times are those
 * published, kept when the shop changes its shifts later.
 *
 * @param agent the agent
 * @param day the day the shift starts
 * @param code the shift's code
 * @param name the shift's name (白班)
 * @param start the clock time it starts
 * @param end the clock time it ends; at or before {@code start} when it runs past
 * midnight into the next day
 */
public record PublishedShift(AgentId agent, LocalDate day, String code, String name, LocalTime start, LocalTime end) {

	/** When the shift starts in the shop's time zone. */
	public Instant startsAt(ZoneId zone) {
		return day.atTime(start).atZone(zone).toInstant();
	}

	/**
	 * When the shift ends in the shop's time zone: the next day for a night past
	 * midnight.
	 */
	public Instant endsAt(ZoneId zone) {
		LocalDate last = end.isAfter(start) ? day : day.plusDays(1);
		return last.atTime(end).atZone(zone).toInstant();
	}

}
