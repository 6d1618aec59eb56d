package io.kefu.workforce.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import io.kefu.workforce.StaffingNeed;

/**
 * The staffing need as the API reports it: every figure unrounded, so that the agents can
 * be counted again from what is reported.
 */
record StaffingView(Target target, double shrinkage, List<IntervalView> intervals) {

	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

	record Target(int percent, int seconds) {
	}

	record IntervalView(String start, double arrivals, double handlingSeconds, double concurrency, int agentsNeeded) {
	}

	static StaffingView of(StaffingNeed need) {
		return new StaffingView(new Target(need.target().percent(), need.target().seconds()), need.shrinkage(),
				need.intervals()
					.stream()
					.map(interval -> new IntervalView(interval.start().format(HOUR_MINUTE), interval.arrivals(),
							interval.handlingSeconds(), interval.concurrency(), interval.agentsNeeded()))
					.toList());
	}

}
