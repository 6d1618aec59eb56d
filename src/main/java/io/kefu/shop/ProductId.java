package io.kefu.shop;

import com.fasterxml.jackson.annotation.JsonValue;

public record ProductId(@JsonValue long value) {

	public static ProductId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("A product id is a positive number, not " + value);
		}
		return new ProductId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
