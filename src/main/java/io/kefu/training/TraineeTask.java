package io.kefu.training;

import java.time.Instant;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A task of a trainee's plan, copied from the plan when they were enrolled so that a
 * later change of the plan leaves a running training as it was.
 *
 * @param doneBy who marked it done: the trainee, the trainer or a supervisor
 */
public record TraineeTask(long id, int day, TaskKind kind, String title, boolean done, @Nullable Instant doneAt,
		@Nullable AgentId doneBy) {
}
