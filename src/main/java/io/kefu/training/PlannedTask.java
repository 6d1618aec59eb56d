package io.kefu.training;

import org.jspecify.annotations.Nullable;

/**
 * One task of a plan's day, as the plan gives it.
 *
 * @param page the curriculum page a {@link TaskKind#READ} task reads, by its slug
 */
public record PlannedTask(TaskKind kind, String title, @Nullable String page) {

	public PlannedTask {
		if (title.isBlank()) {
			throw new IllegalArgumentException("A planned task has a title");
		}
	}

	public PlannedTask(TaskKind kind, String title) {
		this(kind, title, null);
	}

}
