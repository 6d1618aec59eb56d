package io.kefu.staff;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

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

	/**
	 * Writes a missing agent id as 0: a team's row of figures names no agent, and its
	 * {@code agentId} has always read 0 in the API's JSON.
	 */
	public static final class TeamAsZero extends ValueSerializer<Object> {

		@Override
		public void serialize(Object value, JsonGenerator json, SerializationContext context) {
			json.writeNumber(0);
		}

	}
}
