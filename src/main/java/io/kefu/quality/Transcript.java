package io.kefu.quality;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One reception's messages in order (DOMAIN.md: one agent, one buyer, one business day),
 * as the rules inspect it.
 *
 * @param orderCreatedAt when the buyer created an order that this reception may be
 * credited with, if any; the verification rule asks for its details to be confirmed after
 * it
 */
public record Transcript(List<TranscriptMessage> messages, @Nullable LocalDateTime orderCreatedAt) {

	public Transcript {
		messages = List.copyOf(messages);
	}

	public static Transcript of(List<TranscriptMessage> messages) {
		return new Transcript(messages, null);
	}

	/** Every message has its time: the rules on times and orders can be applied. */
	public boolean isTimed() {
		for (TranscriptMessage message : messages) {
			if (message.sentAt() == null) {
				return false;
			}
		}
		return true;
	}

}
