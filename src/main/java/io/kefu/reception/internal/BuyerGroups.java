package io.kefu.reception.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderStatus;
import io.kefu.order.Orders;
import io.kefu.shop.ShopId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which skill group a new conversation goes to: the buyer's choice (售前/售后) when they made
 * one, else after-sales when the buyer has an order in the after-sales window, else
 * pre-sales.
 */
@Component
class BuyerGroups {

	private final Orders orders;

	private final ChatSettingsStore settings;

	BuyerGroups(Orders orders, ChatSettingsStore settings) {
		this.orders = orders;
		this.settings = settings;
	}

	SkillGroup of(long shopId, long buyerId, @Nullable SkillGroup choice, Instant now) {
		if (choice != null) {
			return choice;
		}
		int window = settings.of(shopId).afterSalesWindowDays();
		return inAfterSales(orders.ofBuyer(ShopId.of(shopId), BuyerId.of(buyerId)), window, now)
				? SkillGroup.AFTER_SALES : SkillGroup.PRE_SALES;
	}

	/**
	 * An order is in the after-sales window when it was paid within the window and has
	 * gone beyond payment: shipped, completed, or refunded (wholly or in part, closed or
	 * not). A paid order not yet shipped is 售中, which pre-sales handles (seed 000,
	 * 售前、售中工作流程).
	 */
	static boolean inAfterSales(List<Order> orders, int windowDays, Instant now) {
		Instant from = now.minus(Duration.ofDays(windowDays));
		return orders.stream()
			.filter(order -> order.paidAt() != null && !order.paidAt().isBefore(from))
			.anyMatch(order -> order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.COMPLETED
					|| !order.refunds().isEmpty());
	}

}
