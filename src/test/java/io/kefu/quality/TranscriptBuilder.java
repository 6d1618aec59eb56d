package io.kefu.quality;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

/**
 * Builds a reception's transcript message by message; each message is sent 20 seconds
 * after the one before unless {@link #after} says otherwise.
 */
final class TranscriptBuilder {

	private LocalDateTime clock = LocalDateTime.of(2026, 11, 20, 10, 0);

	private final List<TranscriptMessage> messages = new ArrayList<>();

	private LocalDateTime order;

	private boolean timed = true;

	static TranscriptBuilder chat() {
		return new TranscriptBuilder();
	}

	TranscriptBuilder buyer(String... texts) {
		for (String text : texts) {
			add(Direction.IN, MessageKind.TEXT, text);
		}
		return this;
	}

	TranscriptBuilder agent(String... texts) {
		for (String text : texts) {
			add(Direction.OUT, MessageKind.TEXT, text);
		}
		return this;
	}

	TranscriptBuilder card(String title) {
		return add(Direction.OUT, MessageKind.CARD, title);
	}

	TranscriptBuilder autoReply(String text) {
		return add(Direction.OUT, MessageKind.AUTO_REPLY, text);
	}

	TranscriptBuilder system(String text) {
		return add(Direction.OUT, MessageKind.SYSTEM, text);
	}

	/** The next message is sent this many seconds after the last one (instead of 20). */
	TranscriptBuilder after(long seconds) {
		clock = clock.plusSeconds(seconds - 20);
		return this;
	}

	/** The buyer creates an order now, between the last message and the next. */
	TranscriptBuilder orderCreated() {
		order = clock.minusSeconds(10);
		return this;
	}

	TranscriptBuilder orderCreatedAt(LocalDateTime at) {
		order = at;
		return this;
	}

	/** Without times, as the JD research chats come. */
	TranscriptBuilder untimed() {
		timed = false;
		return this;
	}

	Transcript build() {
		if (timed) {
			return new Transcript(messages, order);
		}
		return Transcript
			.of(messages.stream().map(m -> new TranscriptMessage(m.direction(), m.kind(), null, m.content())).toList());
	}

	private TranscriptBuilder add(Direction direction, MessageKind kind, String text) {
		messages.add(new TranscriptMessage(direction, kind, clock, text));
		clock = clock.plus(Duration.ofSeconds(20));
		return this;
	}

}
