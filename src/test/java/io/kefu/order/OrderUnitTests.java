package io.kefu.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OrderUnitTests {

	private static final Instant CREATED = Instant.parse("2026-11-20T12:00:00Z");

	private static Order placedOrder() {
		return Order.place(ShopId.of(1), OrderNo.of("4012345678901234567"), BuyerId.of(7), CREATED,
				List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 2, new BigDecimal("199.00"))),
				new BigDecimal("10.00"), null);
	}

	private static Order paidOrder() {
		return placedOrder().pay(CREATED.plusSeconds(600), new BigDecimal("380.00"));
	}

	@Test
	void aPlacedOrderWaitsForPaymentAndTotalsItsItemsAndShipping() {
		Order order = placedOrder();

		assertThat(order.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
		assertThat(order.totalAmount()).isEqualByComparingTo("408.00");
		assertThat(order.itemCount()).isEqualTo(2);
		assertThat(order.isPaid()).isFalse();
	}

	@Test
	void payingRecordsTheBuyerPaidAmountAndTime() {
		Order order = paidOrder();

		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(order.paidAmount()).isEqualByComparingTo("380.00");
		assertThat(order.paidAt()).isEqualTo(CREATED.plusSeconds(600));
	}

	@Test
	void anOrderIsPaidOnlyOnce() {
		assertThatIllegalStateException().isThrownBy(() -> paidOrder().pay(CREATED.plusSeconds(700), BigDecimal.ONE))
			.withMessageContaining("PAID");
	}

	@Test
	void anOrderCannotBePaidBeforeItWasCreated() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> placedOrder().pay(CREATED.minusSeconds(1), BigDecimal.ONE));
	}

	@Test
	void anUnpaidOrderCannotShipOrBeRefunded() {
		assertThatIllegalStateException().isThrownBy(() -> placedOrder().ship(CREATED.plusSeconds(3600)));
		assertThatIllegalStateException().isThrownBy(() -> placedOrder().refund(refund("10.00")));
	}

	@Test
	void shippingAndReceiptRecordTheirTimes() {
		Instant shipped = CREATED.plusSeconds(7 * 3600);
		Instant received = shipped.plus(Duration.ofDays(3));

		Order order = paidOrder().ship(shipped).complete(received);

		assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(order.shippedAt()).isEqualTo(shipped);
		assertThat(order.receivedAt()).isEqualTo(received);
	}

	@Test
	void anOrderCannotBeShippedBeforeItWasCreated() {
		assertThatIllegalArgumentException().isThrownBy(() -> paidOrder().ship(CREATED.minusSeconds(1)))
			.withMessageContaining("shipped before it was created");
	}

	@Test
	void anOrderCannotBeReceivedBeforeItWasShipped() {
		Order shipped = paidOrder().ship(CREATED.plusSeconds(7 * 3600));

		assertThatIllegalArgumentException().isThrownBy(() -> shipped.complete(CREATED.plusSeconds(3600)))
			.withMessageContaining("received before it was shipped");
	}

	@Test
	void anOrderShippedWithoutAKnownTimeCannotBeReceivedBeforeItWasCreated() {
		Order shipped = new Order(null, ShopId.of(1), OrderNo.of("4012345678901234568"), BuyerId.of(7),
				OrderStatus.SHIPPED, CREATED, CREATED, null, null, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO,
				null, null, List.of(), List.of(), List.of());

		assertThatIllegalArgumentException().isThrownBy(() -> shipped.complete(CREATED.minusSeconds(60)));
		assertThat(shipped.complete(CREATED.plusSeconds(60)).receivedAt()).isEqualTo(CREATED.plusSeconds(60));
	}

	@Test
	void onlyAShippedOrderCompletes() {
		assertThatIllegalStateException().isThrownBy(() -> paidOrder().complete(CREATED.plusSeconds(3600)));
	}

	@Test
	void anOrderReceivedBeforeItWasShippedIsRefusedAsTheDatabaseWould() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Order(null, ShopId.of(1), OrderNo.of("4012345678901234569"), BuyerId.of(7),
					OrderStatus.COMPLETED, CREATED, CREATED, CREATED.plusSeconds(7200), CREATED.plusSeconds(3600),
					BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, null, null, List.of(), List.of(), List.of()));
	}

	@Test
	void aRequestedRefundIsNotClosedYet() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Refund("R1", BigDecimal.TEN,
				Refund.RefundStatus.REQUESTED, "不想要了", CREATED, null, CREATED.plusSeconds(60)));
		assertThat(new Refund("R1", BigDecimal.TEN, Refund.RefundStatus.REJECTED, "不想要了", CREATED, null,
				CREATED.plusSeconds(60))
			.isClosed()).isTrue();
	}

	@Test
	void aFullyRefundedAndClosedOrderStaysPaid() {
		Order order = paidOrder().refund(refund("380.00")).close();

		assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(order.isPaid()).isTrue();
		assertThat(order.paidAmount()).isEqualByComparingTo("380.00");
		assertThat(order.refundedAmount()).isEqualByComparingTo("380.00");
	}

	@Test
	void refundsCannotExceedThePaidAmount() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> paidOrder().refund(refund("300.00")).refund(refund("80.01")));
	}

	@Test
	void aRemarkWithAFlagFlagsTheOrder() {
		Order order = paidOrder().remark(new Remark(AgentId.of(3L), "小美 客户要求发顺丰,已补差价 11.20", Flag.RED, CREATED))
			.remark(new Remark(AgentId.of(3L), "小美 已核对地址 11.20", null, CREATED.plusSeconds(60)));

		assertThat(order.flag()).isEqualTo(Flag.RED);
		assertThat(order.remarks()).hasSize(2);
	}

	@Test
	void aCompletedOrderCannotBeClosed() {
		assertThatIllegalStateException().isThrownBy(
				() -> paidOrder().ship(CREATED.plusSeconds(3600)).complete(CREATED.plusSeconds(86_400)).close());
	}

	@Test
	void orderNumbersMangledBySpreadsheetsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> OrderNo.of("4.01234567890123E+18"));
		assertThat(OrderNo.of(" 4012345678901234567 ").value()).isEqualTo("4012345678901234567");
	}

	@Test
	void taobaoFlagCodesMapToColours() {
		assertThat(Flag.ofTaobaoCode(1)).isEqualTo(Flag.RED);
		assertThat(Flag.ofTaobaoCode(5)).isEqualTo(Flag.PURPLE);
		assertThatIllegalArgumentException().isThrownBy(() -> Flag.ofTaobaoCode(6));
	}

	private static Refund refund(String amount) {
		return new Refund("R" + amount, new BigDecimal(amount), Refund.RefundStatus.REFUNDED, "不想要了",
				CREATED.plusSeconds(3600), null, null);
	}

}
