package io.kefu.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The agents a day needs, per half hour, with what they are counted from.
 *
 * @param day the business day
 * @param target the service target of the count
 * @param shrinkage the share of paid time not spent receiving
 * @param intervals the day's 48 half hours from 00:00
 */
public record StaffingNeed(LocalDate day, StaffingSettings.ServiceTarget target, double shrinkage,
		List<Interval> intervals) {

	public StaffingNeed {
		intervals = List.copyOf(intervals);
	}

	/** The most agents any half hour needs. */
	public int peak() {
		return intervals.stream().mapToInt(Interval::agentsNeeded).max().orElse(0);
	}

	/**
	 * One half hour.
	 *
	 * @param arrivals the forecast new receptions starting in it (with the day's uplift)
	 * @param handlingSeconds the mean handling time of the receptions that started in it
	 * @param concurrency the mean number of chats a busy agent held at once in it
	 * @param agentsNeeded Erlang C's agents for the target, divided by 1 − shrinkage and
	 * rounded up
	 */
	public record Interval(LocalTime start, double arrivals, double handlingSeconds, double concurrency,
			int agentsNeeded) {

		/** The handling time divided by the concurrency factor. */
		public double effectiveSeconds() {
			return ConcurrencyFactor.effectiveSeconds(handlingSeconds, concurrency);
		}

	}

}
