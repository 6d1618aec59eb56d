package io.kefu.training;

import java.util.List;

/** A day of a training plan, counted from 1, and its tasks. */
public record PlanDay(int day, List<PlannedTask> tasks) {

	public PlanDay {
		tasks = List.copyOf(tasks);
		if (day < 1 || tasks.isEmpty()) {
			throw new IllegalArgumentException("A plan's day is counted from 1 and has tasks");
		}
	}

}
