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
 * @param runs the reception's question runs as the figures found them (answered only
 * within the business day and its grace), or {@code null} to find them in the messages,
 * where any later agent message answers
 */
public record Transcript(List<TranscriptMessage> messages, @Nullable LocalDateTime orderCreatedAt,
		@Nullable List<Run> runs) {

	public Transcript {
		messages = List.copyOf(messages);
		runs = runs == null ? null : List.copyOf(runs);
	}

	public Transcript(List<TranscriptMessage> messages, @Nullable LocalDateTime orderCreatedAt) {
		this(messages, orderCreatedAt, null);
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

	/**
	 * A question run by the positions of its messages in the transcript.
	 *
	 * @param first its first buyer message
	 * @param last its last buyer message
	 * @param answer the agent message that answered it, or -1
	 */
	public record Run(int first, int last, int answer) {
	}

}
