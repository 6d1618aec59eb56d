package io.kefu.scripts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record ScriptGroupId(@JsonValue long value) {

	@JsonCreator
	public static ScriptGroupId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("A script group id is a positive number, not " + value);
		}
		return new ScriptGroupId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
