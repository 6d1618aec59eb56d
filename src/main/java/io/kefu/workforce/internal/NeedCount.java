package io.kefu.workforce.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.workforce.ErlangC;
import io.kefu.workforce.StaffingNeed;
import io.kefu.workforce.StaffingSettings;

/**
 * Turns the forecast half hours into agents: Erlang C on the effective handling time
 * (handling ÷ the concurrency factor) for the service target, then divided by 1 −
 * shrinkage and rounded up.
 */
final class NeedCount {

	/** Guards the rounding up against a quotient a hair above a whole number. */
	private static final double ROUNDING = 1e-9;

	private NeedCount() {
	}

	static StaffingNeed of(LocalDate day, StaffingSettings settings, List<HalfHourHistory.Slot> slots) {
		List<StaffingNeed.Interval> intervals = new ArrayList<>(slots.size());
		for (int i = 0; i < slots.size(); i++) {
			HalfHourHistory.Slot slot = slots.get(i);
			intervals.add(interval(LocalTime.MIDNIGHT.plusMinutes(30L * i), slot, settings));
		}
		return new StaffingNeed(day, settings.target(), settings.shrinkage(), intervals);
	}

	static StaffingNeed.Interval interval(LocalTime start, HalfHourHistory.Slot slot, StaffingSettings settings) {
		StaffingNeed.Interval unstaffed = new StaffingNeed.Interval(start, slot.arrivals(), slot.handlingSeconds(),
				slot.concurrency(), 0);
		int erlang = ErlangC.agents(slot.arrivals(), HalfHourHistory.SECONDS, unstaffed.effectiveSeconds(),
				settings.target().share(), settings.target().seconds());
		return new StaffingNeed.Interval(start, slot.arrivals(), slot.handlingSeconds(), slot.concurrency(),
				grossedUp(erlang, settings.shrinkage()));
	}

	/** The agents to roster so that {@code receiving} are receiving after shrinkage. */
	static int grossedUp(int receiving, double shrinkage) {
		if (receiving == 0) {
			return 0;
		}
		return (int) Math.ceil(receiving / (1 - shrinkage) - ROUNDING);
	}

}
