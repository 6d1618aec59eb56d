package io.kefu.reception;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The messages of one of the buyer's conversations after a sequence number, with that
 * conversation's state, and the id of the buyer's current conversation (the open one,
 * else the latest): when it differs, the page has a newer conversation to fetch from 0.
 * Both are null for a buyer who has not written yet.
 */
public record VisitorTranscript(@Nullable ConversationState conversation, List<ChatMessage> messages,
		@Nullable Long currentConversationId) {

	public VisitorTranscript {
		messages = List.copyOf(messages);
	}

}
