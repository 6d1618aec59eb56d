package io.kefu.order.web;

import java.time.Instant;

import io.kefu.order.Flag;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A remark on the order clerk's list as the API and the page show it: the order and its
 * buyer, the remark in the house form with its flag, who wrote it and when, who handled
 * it and, when they refused it, why.
 */
public record RemarkTaskView(long id, long orderId, String orderNo, long buyerId, @Nullable String buyerNick,
		String text, @Nullable Flag flag, RemarkKind kind, @Nullable Long writtenBy, @Nullable String writtenByName,
		Instant writtenAt, RemarkTask.Status status, @Nullable Long handledBy, @Nullable String handledByName,
		@Nullable Instant handledAt, @Nullable String refusal) {

	static RemarkTaskView of(RemarkTask task, @Nullable String buyerNick, @Nullable String writtenByName,
			@Nullable String handledByName) {
		return new RemarkTaskView(task.id(), task.orderId().value(), task.orderNo().value(), task.buyerId().value(),
				buyerNick, task.remark().text(), task.remark().flag(), task.kind(), valueOf(task.remark().agentId()),
				writtenByName, task.remark().createdAt(), task.status(), valueOf(task.handledBy()), handledByName,
				task.handledAt(), task.refusal());
	}

	private static @Nullable Long valueOf(@Nullable AgentId id) {
		return id == null ? null : id.value();
	}

}
