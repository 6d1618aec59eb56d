package io.kefu.customer;

import com.fasterxml.jackson.annotation.JsonValue;

public record BuyerId(@JsonValue long value) {

	public static BuyerId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("A buyer id is a positive number, not " + value);
		}
		return new BuyerId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
