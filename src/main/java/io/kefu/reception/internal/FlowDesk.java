package io.kefu.reception.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.ConversationFlows;
import io.kefu.reception.ConversationId;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.LiveChat;
import io.kefu.reception.ReceptionFlow;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a conversation's steps from its messages through {@link LiveChat}, which checks
 * who may read it, and keeps the step its agent set by hand.
 */
@Service
class FlowDesk implements ConversationFlows {

	private final LiveChat chat;

	private final JdbcClient jdbc;

	private final Clock clock;

	FlowDesk(LiveChat chat, JdbcClient jdbc, Clock clock) {
		this.chat = chat;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ReceptionFlow.Progress progress(Caller caller, ConversationId id) {
		long conversationId = id.value();
		chat.conversation(caller, id);
		ReceptionFlow.Progress read = ReceptionFlow.of(lines(caller, conversationId));
		return corrected(conversationId).map(read::correctedTo).orElse(read);
	}

	@Override
	@Transactional
	public ReceptionFlow.Progress correct(Caller caller, ConversationId id, ReceptionStep step) {
		long conversationId = id.value();
		ConversationSummary conversation = chat.conversation(caller, id);
		boolean own = conversation.agentId() != null && conversation.agentId() == caller.agentId();
		if (!own && !caller.supervises()) {
			throw new AccessDeniedException(
					"Only the conversation's agent or a supervisor sets its step; conversation " + conversationId);
		}
		jdbc.sql("""
				insert into conversation_flow (conversation_id, step, corrected_by, corrected_at) values (?, ?, ?, ?)
				on conflict (conversation_id) do update
				set step = excluded.step, corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at
				""")
			.params(conversationId, step.name(), caller.agentId(), java.sql.Timestamp.from(clock.instant()))
			.update();
		return ReceptionFlow.of(lines(caller, conversationId)).correctedTo(step);
	}

	private List<ReceptionFlow.Line> lines(Caller caller, long conversationId) {
		List<ReceptionFlow.Line> lines = new ArrayList<>();
		int after = 0;
		while (true) {
			List<ChatMessage> page = chat.messages(caller, ConversationId.of(conversationId), after);
			if (page.isEmpty()) {
				return lines;
			}
			for (ChatMessage message : page) {
				lines.add(ReceptionFlow.Line.of(message.direction(), message.kind(), message.content()));
				after = message.seq();
			}
		}
	}

	private Optional<ReceptionStep> corrected(long conversationId) {
		return jdbc.sql("select step from conversation_flow where conversation_id = ?")
			.param(conversationId)
			.query(String.class)
			.optional()
			.map(ReceptionStep::valueOf);
	}

}
