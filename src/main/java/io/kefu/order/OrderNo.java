package io.kefu.order;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The marketplace's order number (订单编号), kept as text: Taobao's are 18–19 digits, which
 * spreadsheets mangle into floats; Pinduoduo's contain a dash.
 */
public record OrderNo(@JsonValue String value) {

	private static final Pattern VALID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

	public OrderNo {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an order number: " + value);
		}
	}

	public static OrderNo of(String value) {
		return new OrderNo(value == null ? null : value.strip());
	}

	@Override
	public String toString() {
		return value;
	}
}
