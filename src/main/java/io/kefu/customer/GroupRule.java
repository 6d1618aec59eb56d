package io.kefu.customer;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A group to open, or its new rule: all null and false for a group filled by hand. */
public record GroupRule(@Nullable String name, @Nullable BigDecimal minSpend, @Nullable Integer minOrders,
		boolean lowRating) {

	/** The largest spend a rule takes: what the column holds. */
	public static final BigDecimal MAX_SPEND = new BigDecimal("9999999999.99");

	public GroupRule {
		name = name == null ? null : name.strip();
		if (name != null && (name.isEmpty() || name.length() > 20 || !VisibleText.isVisibleLine(name))) {
			throw new InvalidCustomerInputException("name", "is 1 to 20 characters");
		}
		if (minSpend != null && (minSpend.signum() <= 0 || minSpend.stripTrailingZeros().scale() > 2
				|| minSpend.compareTo(MAX_SPEND) > 0)) {
			throw new InvalidCustomerInputException("minSpend",
					"is more than 0, in yuan with at most two decimals, at most " + MAX_SPEND.toPlainString());
		}
		if (minOrders != null && (minOrders <= 0 || minOrders > 100_000)) {
			throw new InvalidCustomerInputException("minOrders", "is 1 to 100000");
		}
	}

}
