package io.kefu.order;

import com.fasterxml.jackson.annotation.JsonValue;

public record OrderId(@JsonValue long value) {

	public static OrderId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("An order id is a positive number, not " + value);
		}
		return new OrderId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
