package io.kefu.customer;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * 客户组: buyers put together for later promotions or care (优质客户, 大客户, 差评风险), by hand and,
 * when the group has a rule, by the rule: paid at least {@code minSpend} in all, or at
 * least {@code minOrders} paid orders, or gave a low rating ({@code lowRating}).
 */
public record CustomerGroup(long id, String name, @Nullable BigDecimal minSpend, @Nullable Integer minOrders,
		boolean lowRating, int members) {

	public boolean ruled() {
		return minSpend != null || minOrders != null || lowRating;
	}

}
