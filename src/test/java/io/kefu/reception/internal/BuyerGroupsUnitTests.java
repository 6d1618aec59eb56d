package io.kefu.reception.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Refund;
import io.kefu.shop.ShopId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuyerGroupsUnitTests {

	static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

	static Order placed(Duration ago) {
		Instant at = NOW.minus(ago);
		return Order.place(ShopId.of(1), OrderNo.of("T" + ago.toMinutes()), BuyerId.of(2), at,
				List.of(new OrderItem(null, null, "护眼台灯", "白色", 1, new BigDecimal("199.00"))), BigDecimal.ZERO, null);
	}

	static Order paid(Duration ago) {
		return placed(ago).pay(NOW.minus(ago).plusSeconds(60), new BigDecimal("199.00"));
	}

	@Test
	void aBuyerWhoseOrderWasShippedWithinTheWindowIsAfterSales() {
		assertThat(BuyerGroups.inAfterSales(List.of(paid(Duration.ofDays(3)).ship(NOW)), 15, NOW)).isTrue();
		assertThat(BuyerGroups.inAfterSales(List.of(paid(Duration.ofDays(14)).ship(NOW).complete(NOW)), 15, NOW))
			.isTrue();
	}

	@Test
	void anOrderWithARefundRequestIsAfterSalesEvenBeforeShipping() {
		Order refunded = paid(Duration.ofDays(1))
			.refund(new Refund("R1", new BigDecimal("50.00"), Refund.RefundStatus.REQUESTED, "灯罩破损", NOW, null, null));

		assertThat(BuyerGroups.inAfterSales(List.of(refunded), 15, NOW)).isTrue();
	}

	@Test
	void aPaidOrderNotYetShippedIsStillPreSales() {
		assertThat(BuyerGroups.inAfterSales(List.of(paid(Duration.ofHours(2))), 15, NOW)).isFalse();
	}

	@Test
	void anUnpaidOrderIsPreSales() {
		assertThat(BuyerGroups.inAfterSales(List.of(placed(Duration.ofHours(2))), 15, NOW)).isFalse();
	}

	@Test
	void anOrderPaidBeforeTheWindowIsNotAfterSales() {
		assertThat(BuyerGroups.inAfterSales(List.of(paid(Duration.ofDays(16)).ship(NOW)), 15, NOW)).isFalse();
		assertThat(BuyerGroups.inAfterSales(List.of(), 15, NOW)).isFalse();
	}

}
