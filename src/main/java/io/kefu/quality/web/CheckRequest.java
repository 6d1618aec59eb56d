package io.kefu.quality.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/inspections/check}: one reception's messages in order
 * and, optionally, when the buyer created an order. Every value arrives as text so that a
 * wrong one is answered with its field's name.
 */
record CheckRequest(@Nullable List<@Nullable Line> messages, @Nullable String orderCreatedAt) {

	/** More would not be one reception; the busiest demo reception has about 60. */
	static final int MAX_MESSAGES = 2000;

	static final int MAX_CONTENT = 10_000;

	record Line(@Nullable String direction, @Nullable String kind, @Nullable String sentAt, @Nullable String content) {
	}

	/**
	 * @throws InvalidCheckRequest listing every field that is wrong
	 */
	Transcript transcript() {
		List<InvalidCheckRequest.FieldProblem> problems = new ArrayList<>();
		List<TranscriptMessage> transcript = new ArrayList<>();
		if (messages == null || messages.isEmpty()) {
			problems.add(new InvalidCheckRequest.FieldProblem("messages", "at least one message is needed"));
		}
		else if (messages.size() > MAX_MESSAGES) {
			problems.add(new InvalidCheckRequest.FieldProblem("messages",
					"at most " + MAX_MESSAGES + " messages, not " + messages.size()));
		}
		else {
			for (int i = 0; i < messages.size(); i++) {
				TranscriptMessage message = accept(messages.get(i), "messages[" + i + "].", problems);
				if (message != null && !transcript.isEmpty() && message.sentAt() != null
						&& message.sentAt().isBefore(transcript.get(transcript.size() - 1).sentAt())) {
					problems.add(new InvalidCheckRequest.FieldProblem("messages[" + i + "].sentAt",
							"is before the message above it; send the messages in the order they were sent"));
				}
				if (message != null) {
					transcript.add(message);
				}
			}
		}
		LocalDateTime order = orderCreatedAt == null || orderCreatedAt.isBlank() ? null
				: time(orderCreatedAt, "orderCreatedAt", problems);
		if (!problems.isEmpty()) {
			throw new InvalidCheckRequest(problems);
		}
		return new Transcript(transcript, order);
	}

	private static @Nullable TranscriptMessage accept(@Nullable Line line, String prefix,
			List<InvalidCheckRequest.FieldProblem> problems) {
		if (line == null) {
			problems.add(new InvalidCheckRequest.FieldProblem(prefix.substring(0, prefix.length() - 1), "is missing"));
			return null;
		}
		int before = problems.size();
		Direction direction = parse(Direction.class, line.direction(), prefix + "direction", problems);
		MessageKind kind = parse(MessageKind.class, line.kind(), prefix + "kind", problems);
		LocalDateTime sentAt = line.sentAt() == null ? null : time(line.sentAt(), prefix + "sentAt", problems);
		if (line.sentAt() == null) {
			problems.add(new InvalidCheckRequest.FieldProblem(prefix + "sentAt", "is missing"));
		}
		if (line.content() == null) {
			problems.add(new InvalidCheckRequest.FieldProblem(prefix + "content", "is missing"));
		}
		else if (line.content().length() > MAX_CONTENT) {
			problems.add(new InvalidCheckRequest.FieldProblem(prefix + "content",
					"is longer than " + MAX_CONTENT + " characters"));
		}
		if (problems.size() > before || direction == null || kind == null || sentAt == null || line.content() == null) {
			return null;
		}
		return new TranscriptMessage(direction, kind, sentAt, line.content());
	}

	private static @Nullable LocalDateTime time(String value, String field,
			List<InvalidCheckRequest.FieldProblem> problems) {
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new InvalidCheckRequest.FieldProblem(field,
					"'" + value + "' is not an ISO-8601 local time like 2026-11-20T10:15:30"));
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
			List<InvalidCheckRequest.FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new InvalidCheckRequest.FieldProblem(field,
					"is missing; one of " + Arrays.toString(type.getEnumConstants())));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new InvalidCheckRequest.FieldProblem(field,
					"'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

}
