package io.kefu.reception.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.reception.ChatMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorTranscript;
import io.kefu.shop.ShopId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads a buyer's conversations back to them: what they missed, and where they stand. */
@Component
class Transcripts {

	private final Conversations conversations;

	private final LiveMessages messages;

	private final Dispatcher dispatcher;

	private final Staff staff;

	private final Clock clock;

	Transcripts(Conversations conversations, LiveMessages messages, Dispatcher dispatcher, Staff staff, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.dispatcher = dispatcher;
		this.staff = staff;
		this.clock = clock;
	}

	VisitorTranscript of(Visitor visitor, @Nullable Long conversationId, int afterSeq) {
		Optional<Conversation> current = conversations.currentOf(visitor.shopId(), visitor.buyerId());
		Optional<Conversation> target = conversationId == null ? current : conversations.find(conversationId)
			.filter(c -> c.shopId() == visitor.shopId() && c.buyerId() == visitor.buyerId());
		if (conversationId != null && target.isEmpty()) {
			throw new ConversationNotFoundException(conversationId);
		}
		if (target.isEmpty()) {
			return new VisitorTranscript(null, List.of(), null);
		}
		Map<Long, String> names = SeatChart.names(staff.inShop(ShopId.of(visitor.shopId())));
		List<ChatMessage> after = messages.after(target.get().id(), Math.max(0, afterSeq), names);
		return new VisitorTranscript(dispatcher.stateOf(target.get(), names, clock.instant()), after,
				current.map(Conversation::id).orElse(null));
	}

}
