package io.kefu.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A new agent in training: their hire class, the day they started, their mentor and their
 * plan's tasks.
 *
 * @param start the first day of training (day 1)
 * @param mentor the senior agent who answers their questions and watches their chats,
 * from the day they receive buyers
 */
public record Trainee(long id, ShopId shop, AgentId agent, HireClass hireClass, LocalDate start,
		@Nullable AgentId mentor, TraineeStatus status, List<TraineeTask> tasks) {

	public Trainee {
		tasks = List.copyOf(tasks);
	}

	/** The plan's days, the last day with a task. */
	public int length() {
		return tasks.stream().mapToInt(TraineeTask::day).max().orElse(0);
	}

	/**
	 * The day of training {@code today} is, counted from 1 on the start day; 0 before the
	 * start, and past the plan's length once it has run out.
	 */
	public int dayOn(LocalDate today) {
		if (today.isBefore(start)) {
			return 0;
		}
		return (int) ChronoUnit.DAYS.between(start, today) + 1;
	}

	/** The tasks of a day of the plan. */
	public List<TraineeTask> tasksOfDay(int day) {
		return tasks.stream().filter(task -> task.day() == day).toList();
	}

	/** The tasks of days before {@code today}'s that are still not done. */
	public List<TraineeTask> behind(LocalDate today) {
		int day = dayOn(today);
		return tasks.stream().filter(task -> task.day() < day && !task.done()).toList();
	}

	/** The plan's first day of supervised reception (跟岗接待), if it has one. */
	public OptionalInt supervisedFrom() {
		return tasks.stream()
			.filter(task -> task.kind() == TaskKind.SUPERVISED_RECEPTION)
			.mapToInt(TraineeTask::day)
			.min();
	}

	/**
	 * Whether they receive real buyers on the day: still in training, with a mentor, and
	 * their plan has reached supervised reception. Before it they only learn; once
	 * certified they receive as any agent.
	 */
	public boolean receivesOn(LocalDate today) {
		OptionalInt from = supervisedFrom();
		return status == TraineeStatus.IN_TRAINING && mentor != null && from.isPresent()
				&& dayOn(today) >= from.getAsInt();
	}

	public long done() {
		return tasks.stream().filter(TraineeTask::done).count();
	}

}
