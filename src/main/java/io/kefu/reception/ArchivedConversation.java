package io.kefu.reception;

import java.time.LocalDate;
import java.util.List;

/**
 * A conversation opened from the archive: its summary, the business day it started and
 * all its messages in time order; {@code imported} when it was filed from an import (one
 * buyer's day) rather than held in live chat.
 */
public record ArchivedConversation(ConversationSummary summary, LocalDate day, boolean imported,
		List<ArchivedMessage> messages) {

	public ArchivedConversation {
		messages = List.copyOf(messages);
	}

}
