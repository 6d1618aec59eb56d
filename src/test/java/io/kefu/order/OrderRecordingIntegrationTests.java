package io.kefu.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Orders.Recorded;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class OrderRecordingIntegrationTests {

	private static final Instant CREATED = Instant.parse("2024-03-05T13:00:00Z");

	@Autowired
	Orders orders;

	@Autowired
	Shops shops;

	@Autowired
	Buyers buyers;

	long shopId;

	long buyerId;

	@BeforeEach
	void openShop() {
		String name = "导入店" + System.nanoTime();
		shopId = shops.open(NewShop.of(name, Platform.TAOBAO)).id().value();
		buyerId = buyers.recognise(ShopId.of(shopId), "tb8946567709", CREATED).id().value();
	}

	private Order exported(String orderNo) {
		return new Order(null, ShopId.of(shopId), OrderNo.of(orderNo), BuyerId.of(buyerId), OrderStatus.WAITING_PAYMENT,
				CREATED, null, null, null, new BigDecimal("398.00"), null, BigDecimal.ZERO, null, null, List.of(),
				List.of(), List.of());
	}

	@Test
	void aRepeatedExportChangesNothing() {
		assertThat(orders.record(List.of(exported("1001"), exported("1002")))).containsExactly(Recorded.INSERTED,
				Recorded.INSERTED);

		assertThat(orders.record(List.of(exported("1001"), exported("1002")))).containsExactly(Recorded.UNCHANGED,
				Recorded.UNCHANGED);
	}

	@Test
	void aNewerExportPaysAnUnpaidOrder() {
		orders.record(List.of(exported("2001")));

		Order paid = exported("2001").pay(CREATED.plusSeconds(600), new BigDecimal("378.0"));
		assertThat(orders.record(List.of(paid))).containsExactly(Recorded.UPDATED);
		assertThat(orders.record(List.of(paid))).containsExactly(Recorded.UNCHANGED);

		Order stored = orders.findByNo(ShopId.of(shopId), OrderNo.of("2001")).orElseThrow();
		assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
		assertThat(stored.paidAmount()).isEqualByComparingTo("378.00");
	}

	@Test
	void aNewRefundAndARemarkUpdateTheOrderOnce() {
		Order paid = exported("3001").pay(CREATED.plusSeconds(600), new BigDecimal("398.00"));
		orders.record(List.of(paid));
		Order refunded = paid
			.refund(new Refund("订单报表", new BigDecimal("398.00"), Refund.RefundStatus.REFUNDED, "", CREATED, null, null))
			.remark(new Remark(null, "小美 客户要求发顺丰 3.5", Flag.RED, CREATED))
			.close();

		assertThat(orders.record(List.of(refunded))).containsExactly(Recorded.UPDATED);
		assertThat(orders.record(List.of(refunded))).containsExactly(Recorded.UNCHANGED);

		Order stored = orders.findByNo(ShopId.of(shopId), OrderNo.of("3001")).orElseThrow();
		assertThat(stored.refundedAmount()).isEqualByComparingTo("398.00");
		assertThat(stored.isPaid()).isTrue();
		assertThat(stored.flag()).isEqualTo(Flag.RED);
		assertThat(stored.remarks()).extracting(Remark::text).containsExactly("小美 客户要求发顺丰 3.5");
	}

	@Test
	void itemsArriveLaterAndAnOrderReportWithoutItemsKeepsThem() {
		orders.record(List.of(exported("4001")));
		Order withItems = new Order(null, ShopId.of(shopId), OrderNo.of("4001"), BuyerId.of(buyerId),
				OrderStatus.WAITING_PAYMENT, CREATED, null, null, null, new BigDecimal("398.00"), null, BigDecimal.ZERO,
				null, null, List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "颜色分类：乳白色", 2, new BigDecimal("199.00"))),
				List.of(), List.of());

		assertThat(orders.record(List.of(withItems))).containsExactly(Recorded.UPDATED);
		assertThat(orders.record(List.of(exported("4001")))).containsExactly(Recorded.UNCHANGED);
		assertThat(orders.findByNo(ShopId.of(shopId), OrderNo.of("4001")).orElseThrow().itemCount()).isEqualTo(2);
	}

	private Order completed(String orderNo, @Nullable Instant shippedAt, @Nullable Instant receivedAt) {
		return new Order(null, ShopId.of(shopId), OrderNo.of(orderNo), BuyerId.of(buyerId), OrderStatus.COMPLETED,
				CREATED, CREATED.plusSeconds(600), shippedAt, receivedAt, new BigDecimal("398.00"),
				new BigDecimal("398.00"), BigDecimal.ZERO, null, null, List.of(), List.of(), List.of());
	}

	private Order stored(String orderNo) {
		return orders.findByNo(ShopId.of(shopId), OrderNo.of(orderNo)).orElseThrow();
	}

	@Test
	void aLaterExportWithoutShippingAndReceiptTimesKeepsThoseKnown() {
		Instant shipped = CREATED.plus(Duration.ofHours(20));
		Instant received = shipped.plus(Duration.ofDays(3));
		orders.record(List.of(completed("5001", shipped, received)));

		assertThat(orders.record(List.of(completed("5001", null, null)))).containsExactly(Recorded.UNCHANGED);
		Order closed = completed("5001", null, null).refund(
				new Refund("R5001", new BigDecimal("398.00"), Refund.RefundStatus.REFUNDED, "", received, null, null));
		assertThat(orders.record(List.of(closed))).containsExactly(Recorded.UPDATED);

		assertThat(stored("5001").shippedAt()).isEqualTo(shipped);
		assertThat(stored("5001").receivedAt()).isEqualTo(received);
	}

	@Test
	void aNewerReceiptTimeReplacesTheKnownOneAndKeepsTheShippingTime() {
		Instant shipped = CREATED.plus(Duration.ofHours(20));
		orders.record(List.of(completed("5002", shipped, shipped.plus(Duration.ofDays(3)))));

		Instant corrected = shipped.plus(Duration.ofDays(4));
		assertThat(orders.record(List.of(completed("5002", null, corrected)))).containsExactly(Recorded.UPDATED);

		assertThat(stored("5002").shippedAt()).isEqualTo(shipped);
		assertThat(stored("5002").receivedAt()).isEqualTo(corrected);
	}

	@Test
	void aKnownShippingTimeThatANewerReceiptContradictsIsDroppedNotRefusedByTheDatabase() {
		Instant shipped = CREATED.plus(Duration.ofDays(2));
		orders.record(List.of(completed("5003", shipped, shipped.plus(Duration.ofDays(3)))));

		Instant received = CREATED.plus(Duration.ofDays(1));
		assertThat(orders.record(List.of(completed("5003", null, received)))).containsExactly(Recorded.UPDATED);

		assertThat(stored("5003").shippedAt()).isNull();
		assertThat(stored("5003").receivedAt()).isEqualTo(received);
	}

	@Test
	void anEndedRefundIsClosedAtItsRefundTime() {
		Instant refundedAt = CREATED.plus(Duration.ofDays(2));
		orders.record(List.of(completed("6001", null, null).refund(new Refund("R6001", new BigDecimal("50.00"),
				Refund.RefundStatus.REFUNDED, "少发配件", CREATED.plus(Duration.ofDays(1)), refundedAt, null))));

		assertThat(stored("6001").refunds()).singleElement().extracting(Refund::closedAt).isEqualTo(refundedAt);
	}

	@Test
	void anEndedRefundWithoutATimeIsClosedWhenFirstStoredAndThatNeverMoves() {
		Order requested = completed("6002", null, null).refund(new Refund("R6002", new BigDecimal("50.00"),
				Refund.RefundStatus.REQUESTED, "少发配件", CREATED.plus(Duration.ofDays(1)), null, null));
		orders.record(List.of(requested));
		assertThat(stored("6002").refunds()).singleElement().extracting(Refund::closedAt).isNull();

		Order rejected = completed("6002", null, null).refund(new Refund("R6002", new BigDecimal("50.00"),
				Refund.RefundStatus.REJECTED, "少发配件", CREATED.plus(Duration.ofDays(1)), null, null));
		Instant before = Instant.now();
		assertThat(orders.record(List.of(rejected))).containsExactly(Recorded.UPDATED);
		Instant after = Instant.now();
		Instant closedAt = stored("6002").refunds().get(0).closedAt();
		assertThat(closedAt).isBetween(before.truncatedTo(ChronoUnit.MILLIS), after.plusMillis(1));

		Order refunded = completed("6002", null, null).refund(new Refund("R6002", new BigDecimal("50.00"),
				Refund.RefundStatus.REFUNDED, "少发配件", CREATED.plus(Duration.ofDays(1)),
				CREATED.plus(Duration.ofDays(2)), CREATED.plus(Duration.ofDays(2))));
		assertThat(orders.record(List.of(refunded))).containsExactly(Recorded.UPDATED);

		assertThat(stored("6002").refunds()).singleElement().satisfies(refund -> {
			assertThat(refund.status()).isEqualTo(Refund.RefundStatus.REFUNDED);
			assertThat(refund.closedAt()).as("stamped once").isEqualTo(closedAt);
		});
	}

}
