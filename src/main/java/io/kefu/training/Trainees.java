package io.kefu.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/** The shops' trainees and their plans' progress. */
public interface Trainees {

	/**
	 * Enrols an agent of the shop with their class's plan.
	 * @throws IllegalArgumentException naming the field when the agent or mentor is not a
	 * fitting agent of the shop
	 * @throws TrainingStateException when the agent is already in training
	 */
	Trainee enrol(ShopId shop, Enrolment enrolment);

	Optional<Trainee> find(long id);

	/** The shop's trainees, those in training first, then by start. */
	List<Trainee> inShop(ShopId shop);

	/**
	 * Whether the agent is in training now, or mentors someone who is: one indexed look,
	 * for every page's navigation.
	 */
	boolean inTrainingOrMentoring(AgentId agent);

	/** The agent's training, the latest when there were several. */
	Optional<Trainee> ofAgent(AgentId agent);

	/**
	 * Marks a task done or not done.
	 * @throws IllegalArgumentException when the trainee has no such task
	 * @throws TrainingStateException when the training has ended
	 */
	Trainee mark(long traineeId, long taskId, boolean done, AgentId by, Instant at);

	/**
	 * Names the trainee's mentor, or none.
	 * @throws IllegalArgumentException when the mentor is not a certified agent of the
	 * shop
	 * @throws TrainingStateException when the training has ended
	 */
	Trainee mentor(long traineeId, @Nullable AgentId mentor);

	/**
	 * Records the trainer's decision: certifying makes the agent certified (上岗) in their
	 * class's group from that day; extending adds a day of supervised reception, review
	 * and decision to the plan; not suitable ends the training.
	 * @throws TrainingStateException when the training has ended
	 */
	Trainee decide(long traineeId, Decision decision);

	/**
	 * Ticks, as the trainee's own, the first open task of the kind in the agent's current
	 * training (a passed typing test ticks the plan's typing task); nothing when they are
	 * not in training or have no such task open.
	 */
	void completeNext(AgentId agent, TaskKind kind, Instant at);

	/** The trainee's decisions, oldest first. */
	List<Decision> decisions(long traineeId);

}
