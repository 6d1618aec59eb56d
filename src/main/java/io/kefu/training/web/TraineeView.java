package io.kefu.training.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.training.Decision;
import io.kefu.training.HireClass;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeStatus;
import io.kefu.training.TraineeTask;

import org.jspecify.annotations.Nullable;

/**
 * A trainee as the API shows them: agents by username, the plan by day with each day's
 * date, and where the training stands today.
 *
 * @param day the day of training today is (0 before the start)
 * @param length the plan's days
 * @param behind tasks of earlier days not done
 * @param receivesFrom the day supervised reception starts (跟岗接待), when the plan has it
 * @param receiving whether they receive buyers today: in training, past that day, with a
 * mentor
 */
record TraineeView(long id, @Nullable String agent, String name, HireClass hireClass, LocalDate start,
		TraineeStatus status, @Nullable String mentor, int day, int length, long done, int total, int behind,
		@Nullable LocalDate receivesFrom, boolean receiving, Plan plan, List<DecisionView> decisions) {

	static TraineeView of(Trainee trainee, Map<AgentId, Agent> agents, LocalDate today, List<Decision> decisions) {
		Agent agent = agents.get(trainee.agent());
		Agent mentor = trainee.mentor() == null ? null : agents.get(trainee.mentor());
		List<Day> days = new ArrayList<>();
		for (int day = 1; day <= trainee.length(); day++) {
			days.add(new Day(day, trainee.start().plusDays(day - 1L),
					trainee.tasksOfDay(day).stream().map(task -> Task.of(task, agents)).toList()));
		}
		return new TraineeView(trainee.id(), agent == null ? null : agent.username(),
				agent == null ? "" : agent.displayName(), trainee.hireClass(), trainee.start(), trainee.status(),
				mentor == null ? null : mentor.username(), trainee.dayOn(today), trainee.length(), trainee.done(),
				trainee.tasks().size(), trainee.behind(today).size(), receivesFrom(trainee), trainee.receivesOn(today),
				new Plan(days), decisions.stream().map(decision -> DecisionView.of(decision, agents)).toList());
	}

	private static @Nullable LocalDate receivesFrom(Trainee trainee) {
		OptionalInt day = trainee.supervisedFrom();
		return day.isPresent() ? trainee.start().plusDays(day.getAsInt() - 1L) : null;
	}

	/** A go-live decision: {@code CERTIFY}, {@code EXTEND} or {@code NOT_SUITABLE}. */
	record DecisionView(Decision.Kind decision, String reason, @Nullable String by, Instant at) {

		static DecisionView of(Decision decision, Map<AgentId, Agent> agents) {
			Agent by = decision.by() == null ? null : agents.get(decision.by());
			return new DecisionView(decision.kind(), decision.reason(), by == null ? null : by.username(),
					decision.at());
		}

	}

	record Plan(List<Day> days) {
	}

	record Day(int day, LocalDate date, List<Task> tasks) {
	}

	/**
	 * @param status {@code DONE} or {@code TODO}
	 * @param page the slug of the curriculum page a reading task reads
	 */
	record Task(long id, TaskKind kind, String title, String status, @Nullable Instant doneAt, @Nullable String doneBy,
			@Nullable String page) {

		static Task of(TraineeTask task, Map<AgentId, Agent> agents) {
			Agent by = task.doneBy() == null ? null : agents.get(task.doneBy());
			return new Task(task.id(), task.kind(), task.title(), task.done() ? "DONE" : "TODO", task.doneAt(),
					by == null ? null : by.username(), task.page());
		}

	}

}
