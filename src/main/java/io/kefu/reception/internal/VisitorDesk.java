package io.kefu.reception.internal;

import java.time.Clock;

import io.kefu.customer.BuyerId;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.ClientAddress;
import io.kefu.reception.ConversationId;
import io.kefu.reception.OfflineMessage;
import io.kefu.reception.ThrottledException;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;
import io.kefu.reception.VisitorSession;
import io.kefu.reception.VisitorTranscript;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/** The buyer's side of live chat. */
@Service
class VisitorDesk implements VisitorChat {

	private final VisitorSessions sessions;

	private final Intake intake;

	private final Transcripts transcripts;

	private final OfflineDesk offline;

	private final TransactionOperations transactions;

	private final Throttle throttle;

	VisitorDesk(VisitorSessions sessions, Intake intake, Transcripts transcripts, OfflineDesk offline,
			TransactionOperations transactions, ChatProperties properties, Clock clock) {
		this.sessions = sessions;
		this.intake = intake;
		this.transcripts = transcripts;
		this.offline = offline;
		this.transactions = transactions;
		this.throttle = new Throttle(properties.messagesPerSecond(), clock);
	}

	@Override
	public VisitorSession startSession(ShopId shop, @Nullable String nickname, ClientAddress address) {
		long shopId = shop.value();
		return transactions.execute(status -> sessions.start(shopId, nickname, address));
	}

	@Override
	public Visitor verify(String token) {
		return sessions.verify(token);
	}

	/**
	 * Counted against the throttle before anything else, so that a flood of bad messages
	 * is throttled too. A change of skill group is its own transaction because it takes
	 * the shop's routing lock, which is always taken before a conversation's.
	 */
	@Override
	public ChatMessage send(Visitor visitor, @Nullable String clientId, @Nullable String content,
			@Nullable SkillGroup skillGroup) {
		if (!throttle.tryAcquire(visitor.buyerId())) {
			throw new ThrottledException(throttle.perSecond());
		}
		String text = ChatText.content(content);
		String id = ChatText.clientId(clientId);
		if (skillGroup != null) {
			transactions.executeWithoutResult(status -> intake.chooseGroup(visitor, skillGroup));
		}
		return transactions.execute(status -> intake.receive(visitor, id, text, skillGroup));
	}

	@Override
	public VisitorTranscript transcript(Visitor visitor, @Nullable ConversationId conversation, int afterSeq) {
		Long conversationId = conversation == null ? null : conversation.value();
		return transactions.execute(status -> transcripts.of(visitor, conversationId, afterSeq));
	}

	@Override
	public OfflineMessage leaveMessage(Visitor visitor, @Nullable String content, @Nullable String contact) {
		String text = ChatText.content(content);
		String reachAt = ChatText.contact(contact);
		return transactions.execute(status -> offline.leave(visitor, text, reachAt));
	}

}
