package io.kefu.quality;

import java.time.LocalDateTime;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

/**
 * One message of an inspected transcript.
 *
 * @param sentAt the shop's local time, or {@code null} for transcripts without times (the
 * JD research chats)
 */
public record TranscriptMessage(Direction direction, MessageKind kind, @Nullable LocalDateTime sentAt, String content) {

	/**
	 * An OUT message of kind TEXT, MEDIA or CARD: the only ones whose wording is
	 * inspected.
	 */
	public boolean isHumanAgentMessage() {
		return direction == Direction.OUT && kind.isHuman();
	}

	public static TranscriptMessage buyer(LocalDateTime sentAt, String content) {
		return new TranscriptMessage(Direction.IN, MessageKind.TEXT, sentAt, content);
	}

	public static TranscriptMessage agent(LocalDateTime sentAt, String content) {
		return new TranscriptMessage(Direction.OUT, MessageKind.TEXT, sentAt, content);
	}

}
