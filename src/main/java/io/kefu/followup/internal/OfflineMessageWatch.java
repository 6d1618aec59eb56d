package io.kefu.followup.internal;

import io.kefu.followup.Followups;
import io.kefu.reception.OfflineMessageHandled;
import io.kefu.reception.OfflineMessageLeft;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Works offline messages (留言) as follow-ups: a message left opens its task for its group,
 * a message handled at the desk ends it. Each reaction runs after the reception's
 * transaction committed.
 */
@Component
class OfflineMessageWatch {

	private final Followups followups;

	private final ReminderScripts scripts;

	OfflineMessageWatch(Followups followups, ReminderScripts scripts) {
		this.followups = followups;
		this.scripts = scripts;
	}

	@ApplicationModuleListener
	void on(OfflineMessageLeft left) {
		followups.openOfflineMessage(left.shopId(), left.offlineMessageId(), left.buyerId(), left.group(),
				left.leftAt());
		scripts.seed(left.shopId());
	}

	@ApplicationModuleListener
	void on(OfflineMessageHandled handled) {
		followups.closeOfflineMessage(handled.offlineMessageId(), handled.agentId(), handled.at());
	}

}
