package io.kefu.staff;

import com.fasterxml.jackson.annotation.JsonValue;

public record AgentId(@JsonValue long value) {

	public static AgentId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("An agent id is a positive number, not " + value);
		}
		return new AgentId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
