package io.kefu.followup;

import com.fasterxml.jackson.annotation.JsonValue;

public record FollowupId(@JsonValue long value) {

	public static FollowupId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("A follow-up id is a positive number, not " + value);
		}
		return new FollowupId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
