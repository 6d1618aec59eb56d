package io.kefu.training;

import java.time.Instant;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A task of a trainee's plan, copied from the plan when they were enrolled so that a
 * later change of the plan leaves a running training as it was.
 *
 * @param doneBy who marked it done: the trainee, the trainer or a supervisor
 * @param page the curriculum page a reading task links to, by its slug
 */
public record TraineeTask(long id, int day, TaskKind kind, String title, boolean done, @Nullable Instant doneAt,
		@Nullable AgentId doneBy, @Nullable String page) {

	public TraineeTask(long id, int day, TaskKind kind, String title, boolean done, @Nullable Instant doneAt,
			@Nullable AgentId doneBy) {
		this(id, day, kind, title, done, doneAt, doneBy, null);
	}

}
