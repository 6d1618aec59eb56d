package io.kefu.training.web;

import io.kefu.access.Caller;
import io.kefu.staff.AgentId;
import io.kefu.training.Trainees;

import org.springframework.stereotype.Component;

/**
 * Whether the navigation offers the caller the training pages: the trainer and
 * supervisors always, an agent while they are in training or mentor someone who is.
 * Templates call it as {@code @trainingNav}, only when the cheaper role checks have not
 * decided.
 */
@Component("trainingNav")
class TrainingNav {

	private final Trainees trainees;

	TrainingNav(Trainees trainees) {
		this.trainees = trainees;
	}

	public boolean inTrainingOrMentoring(Caller caller) {
		return trainees.inTrainingOrMentoring(AgentId.of(caller.agentId()));
	}

}
