package io.kefu.workforce.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.kefu.workforce.StaffingNeed;

import org.jspecify.annotations.Nullable;

/**
 * The geometry of a day's chart of need: a column per half hour, its height the agents
 * needed on a scale from 0 to {@code scale}, drawn by the page as SVG with these numbers
 * as percentages.
 * <p>
 * The roster comes in a later slice: each column has a {@code rostered} count, null until
 * a roster exists; when it is given the page draws it over the column and flags the half
 * hours it leaves under-covered. {@link #of(StaffingNeed, List)} takes it, one per half
 * hour.
 *
 * @param scale the top of the vertical axis: the peak rounded up to a round number
 * @param ticks the values the horizontal grid lines mark, 0 excluded
 */
record StaffingChart(int scale, List<Integer> ticks, List<Column> columns) {

	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

	/** Every fourth half hour, two hours apart, names its start under the axis. */
	private static final int LABEL_EVERY = 4;

	/**
	 * One half hour.
	 *
	 * @param x where its column starts, 0–100
	 * @param width its column's width, 0–100
	 * @param height the need as a share of the scale, 0–100
	 * @param rostered the agents rostered, null without a roster
	 * @param rosteredY where the roster's mark is, 0 (top) to 100 (bottom), without one
	 * 100
	 */
	record Column(String start, int needed, double x, double width, double height, boolean labelled,
			@Nullable Integer rostered, double rosteredY) {

		/** Public, as the template calls it. */
		public boolean underCovered() {
			return rostered != null && rostered < needed;
		}

		public double y() {
			return 100 - height;
		}

	}

	/** The chart of need alone: no roster yet. */
	static StaffingChart of(StaffingNeed need) {
		return of(need, List.of());
	}

	/**
	 * The chart of need with the agents rostered per half hour ({@code rostered} empty
	 * without a roster, else one count per half hour).
	 */
	static StaffingChart of(StaffingNeed need, List<Integer> rostered) {
		List<StaffingNeed.Interval> intervals = need.intervals();
		if (!rostered.isEmpty() && rostered.size() != intervals.size()) {
			throw new IllegalArgumentException("rostered: one count per half hour, not " + rostered.size());
		}
		int top = Math.max(need.peak(), rostered.stream().mapToInt(Integer::intValue).max().orElse(0));
		int step = step(top);
		int scale = Math.max(step, (top + step - 1) / step * step);
		List<Integer> ticks = new ArrayList<>();
		for (int tick = step; tick <= scale; tick += step) {
			ticks.add(tick);
		}
		double width = 100.0 / intervals.size();
		List<Column> columns = new ArrayList<>(intervals.size());
		for (int i = 0; i < intervals.size(); i++) {
			StaffingNeed.Interval interval = intervals.get(i);
			Integer onRoster = rostered.isEmpty() ? null : rostered.get(i);
			columns.add(new Column(interval.start().format(HOUR_MINUTE), interval.agentsNeeded(), round(i * width),
					round(width), round(100.0 * interval.agentsNeeded() / scale), i % LABEL_EVERY == 0, onRoster,
					onRoster == null ? 100 : round(100 - 100.0 * onRoster / scale)));
		}
		return new StaffingChart(scale, ticks, columns);
	}

	/**
	 * A round step giving four or five grid lines up to the peak: 1, 2, 5, 10, 20, 50…
	 */
	static int step(int peak) {
		int step = 1;
		while (true) {
			for (int multiple : new int[] { 1, 2, 5 }) {
				if (peak <= step * multiple * 5) {
					return step * multiple;
				}
			}
			step *= 10;
		}
	}

	/** A tick's height from the bottom, 0–100 (public, as the template calls it). */
	public double tickY(int tick) {
		return round(100 - 100.0 * tick / scale);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
