package io.kefu.training.web;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who acts on training: the shop's trainer and supervisors enrol and follow every
 * trainee; a trainee reads their own plan and marks their own tasks; a mentor reads their
 * trainee's plan.
 */
final class TrainingRoles {

	private TrainingRoles() {
	}

	/** Whether the caller trains the shop's people: a trainer or a supervisor of it. */
	static boolean trains(Caller caller, long shopId) {
		return caller.worksIn(shopId) && (caller.has(Role.TRAINER) || caller.supervises());
	}

	static void requireTrainer(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!trains(caller, shopId)) {
			throw new AccessDeniedException("Only the trainer and supervisors of shop " + shopId + " do this");
		}
	}

	/**
	 * Who reads the shop's curriculum: its trainer, supervisors and every agent who
	 * serves buyers (a skill group's role), trainees among them.
	 */
	static boolean readsCurriculum(Caller caller, long shopId) {
		return trains(caller, shopId)
				|| (caller.worksIn(shopId) && (caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES)));
	}

	/** The trainer, a supervisor, the trainee or their mentor. */
	static boolean reads(Caller caller, Trainee trainee) {
		long shopId = trainee.shop().value();
		return trains(caller, shopId) || (caller.worksIn(shopId) && (caller.agentId() == trainee.agent().value()
				|| (trainee.mentor() != null && caller.agentId() == trainee.mentor().value())));
	}

	/**
	 * The trainer and supervisors mark any task; the trainee their own part of the plan.
	 */
	static boolean marks(Caller caller, Trainee trainee, TaskKind kind) {
		return trains(caller, trainee.shop().value())
				|| (caller.agentId() == trainee.agent().value() && kind.traineeMarks());
	}

}
