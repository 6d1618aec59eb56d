package io.kefu.reception.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.reception.ConversationFlows;
import io.kefu.reception.ReceptionFlow;
import io.kefu.reception.ReceptionStep;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reception-flow tracker of the workbench: the steps a conversation reached, where it
 * stands and what comes next (seed 004), and the agent's correction.
 */
@RestController
class ReceptionFlowApi {

	private final ConversationFlows flows;

	ReceptionFlowApi(ConversationFlows flows) {
		this.flows = flows;
	}

	@GetMapping("/api/v1/agent/conversations/{id}/flow")
	FlowView flow(@PathVariable long id, Caller caller) {
		return FlowView.of(flows.progress(caller, PathIds.conversation(id)));
	}

	@PutMapping("/api/v1/agent/conversations/{id}/flow")
	FlowView correct(@PathVariable long id, @RequestBody StepRequest request, Caller caller) {
		if (request.step() == null) {
			throw new IllegalArgumentException("step: one of " + List.of(ReceptionStep.values()));
		}
		return FlowView.of(flows.correct(caller, PathIds.conversation(id), request.step()));
	}

	record StepRequest(@Nullable ReceptionStep step) {
	}

	/** Steps reached in their order, where the conversation stands and the next step. */
	record FlowView(List<ReceptionStep> reached, @Nullable ReceptionStep current, ReceptionStep next,
			boolean corrected) {

		static FlowView of(ReceptionFlow.Progress progress) {
			return new FlowView(progress.reached().stream().sorted().toList(), progress.current(), progress.next(),
					progress.corrected() != null);
		}

	}

}
