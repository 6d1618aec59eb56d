package io.kefu.followup.web;

import io.kefu.access.Caller;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.Followups;
import io.kefu.reception.ReceptionFloor;

import org.springframework.stereotype.Component;

/**
 * An offline message answered as a follow-up is handled at the desk too, so the reception
 * list and the follow-up list agree.
 */
@Component
class DeskAnswers {

	private final Followups followups;

	private final ReceptionFloor floor;

	DeskAnswers(Followups followups, ReceptionFloor floor) {
		this.followups = followups;
		this.floor = floor;
	}

	void touched(Caller caller, Followup task) {
		if (task.kind() != FollowupKind.OFFLINE_MESSAGE) {
			return;
		}
		followups.leftMessage(task.id()).ifPresent(left -> {
			try {
				floor.markHandled(caller, left.offlineMessageId());
			}
			catch (IllegalStateException handledMeanwhile) {
				// another agent marked it at the desk a moment ago: it is handled either
				// way
			}
		});
	}

}
