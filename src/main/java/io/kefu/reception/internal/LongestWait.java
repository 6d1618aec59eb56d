package io.kefu.reception.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kefu.reception.Conversation;

import org.jspecify.annotations.Nullable;

/**
 * 最长等待 of the live view (docs/chat.md, "Live view"): the buyers of a shop's open
 * conversations who wait for a reply, and the longest of their waits. A buyer waits from
 * their earliest message that no agent has answered yet, whether the conversation is in
 * the queue or with an agent; a queued conversation whose buyer has nothing unanswered
 * (it was answered, then handed to another group) waits from its place in the queue.
 *
 * @param buyers how many buyers wait for a reply
 * @param longestSeconds the longest wait, in whole seconds; null when nobody waits
 */
record LongestWait(int buyers, @Nullable Long longestSeconds) {

	static LongestWait of(List<Conversation> open, Instant now) {
		int buyers = 0;
		Long longest = null;
		for (Conversation conversation : open) {
			Instant since = waitingSince(conversation);
			if (since == null) {
				continue;
			}
			buyers++;
			long seconds = Math.max(0, Duration.between(since, now).toSeconds());
			longest = longest == null ? seconds : Math.max(longest, seconds);
		}
		return new LongestWait(buyers, longest);
	}

	/** Since when the conversation's buyer waits for a reply; null when they do not. */
	static @Nullable Instant waitingSince(Conversation conversation) {
		if (!conversation.isOpen()) {
			return null;
		}
		if (conversation.buyerWaitingSince() != null) {
			return conversation.buyerWaitingSince();
		}
		return conversation.isQueued() ? conversation.queuedAt() : null;
	}

}
