package io.kefu.training;

/** One task of a plan's day, as the plan gives it. */
public record PlannedTask(TaskKind kind, String title) {

	public PlannedTask {
		if (title.isBlank()) {
			throw new IllegalArgumentException("A planned task has a title");
		}
	}

}
