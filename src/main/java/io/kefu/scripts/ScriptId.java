package io.kefu.scripts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record ScriptId(@JsonValue long value) {

	@JsonCreator
	public static ScriptId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("A script id is a positive number, not " + value);
		}
		return new ScriptId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
