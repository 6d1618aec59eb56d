package io.kefu.customer;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A group to open, or its new rule: all null and false for a group filled by hand. */
public record GroupRule(@Nullable String name, @Nullable BigDecimal minSpend, @Nullable Integer minOrders,
		boolean lowRating) {

	public GroupRule {
		name = name == null ? null : name.strip();
		if (name != null && (name.isEmpty() || name.length() > 20)) {
			throw new InvalidCustomerInputException("name", "is 1 to 20 characters");
		}
		if (minSpend != null && minSpend.signum() <= 0) {
			throw new InvalidCustomerInputException("minSpend", "is more than 0");
		}
		if (minOrders != null && minOrders <= 0) {
			throw new InvalidCustomerInputException("minOrders", "is more than 0");
		}
	}

}
