package io.kefu.shop;

import com.fasterxml.jackson.annotation.JsonValue;

public record ShopId(@JsonValue long value) {

	public static ShopId of(long value) {
		if (value <= 0) {
			throw new IllegalArgumentException("A shop id is a positive number, not " + value);
		}
		return new ShopId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
