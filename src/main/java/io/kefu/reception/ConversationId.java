package io.kefu.reception;

import com.fasterxml.jackson.annotation.JsonValue;

public record ConversationId(@JsonValue long value) {

	public static ConversationId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("A conversation id is a positive number, not " + value);
		}
		return new ConversationId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
