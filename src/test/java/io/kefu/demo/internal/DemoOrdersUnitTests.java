package io.kefu.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderStatus;
import io.kefu.order.Refund;
import io.kefu.order.Remark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOrdersUnitTests {

	private static final List<DayPlan> MONTH = DemoShopMother.month();

	private static final List<PlannedOrder> ORDERS = MONTH.stream().flatMap(day -> day.orders().stream()).toList();

	private static final Map<String, List<PlannedMessage>> THREADS = MONTH.stream()
		.flatMap(day -> day.messages().stream())
		.collect(Collectors.groupingBy(PlannedMessage::nick));

	@Test
	void placesSilentOrdersForBuyersWhoNeverChatted() {
		assertThat(ORDERS).filteredOn(o -> !THREADS.containsKey(o.nick())).hasSizeGreaterThan(100);
	}

	@Test
	void placesOrdersAfterChatsSomeHoursLaterSomePaidBeforeAnyReply() {
		assertThat(ORDERS).anySatisfy(o -> {
			Instant lastMessage = last(THREADS.getOrDefault(o.nick(), List.of()));
			assertThat(o.createdAt()).isBetween(lastMessage.plus(Duration.ofMinutes(20)),
					lastMessage.plus(Duration.ofHours(26)));
		});
		assertThat(ORDERS).anySatisfy(o -> {
			assertThat(o.paidAt()).isNotNull();
			assertThat(THREADS.getOrDefault(o.nick(), List.of())).isNotEmpty()
				.filteredOn(PlannedMessage::isHuman)
				.allSatisfy(m -> assertThat(m.at()).isAfter(o.paidAt()));
		});
	}

	@Test
	void leavesSomeOrdersUnpaidAndClosesThoseOlderThanTheTimeout() {
		List<Order> unpaid = orders().stream().filter(o -> !o.isPaid()).toList();
		assertThat(unpaid).extracting(Order::status).contains(OrderStatus.WAITING_PAYMENT, OrderStatus.CLOSED);
		assertThat(orders()).extracting(Order::status)
			.contains(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.COMPLETED);
	}

	@Test
	void refundsSomeOrdersSomeWithoutARefundTime() {
		List<Refund> refunds = ORDERS.stream().flatMap(o -> o.refunds().stream()).toList();
		assertThat(refunds).anyMatch(r -> r.status() == Refund.RefundStatus.REFUNDED && r.refundedAt() == null);
		assertThat(refunds).anyMatch(r -> r.status() == Refund.RefundStatus.REFUNDED && r.refundedAt() != null);
		assertThat(orders()).anySatisfy(o -> {
			assertThat(o.isPaid()).isTrue();
			assertThat(o.refundedAmount()).isEqualByComparingTo(o.paidAmount());
		});
	}

	@Test
	void shipsWithinTwoDaysOfPaymentAndIsReceivedAfterDeliveryBeforeTheHistoryEnds() {
		Instant end = DemoShopMother.SHOP.startOf(DemoShopMother.LAST_DAY.plusDays(1));
		List<Order> shipped = orders().stream()
			.filter(o -> o.status() == OrderStatus.SHIPPED || o.status() == OrderStatus.COMPLETED)
			.toList();

		assertThat(shipped).isNotEmpty().allSatisfy(o -> {
			assertThat(o.shippedAt()).isBetween(o.paidAt(), o.paidAt().plus(Duration.ofDays(2))).isBefore(end);
			if (o.status() == OrderStatus.COMPLETED) {
				assertThat(o.receivedAt()).isAfterOrEqualTo(o.shippedAt().plus(Duration.ofDays(2))).isBefore(end);
			}
			else {
				assertThat(o.receivedAt()).isNull();
			}
		});
		assertThat(orders()).filteredOn(o -> o.status() == OrderStatus.COMPLETED).isNotEmpty();
		assertThat(orders()).filteredOn(o -> !o.isPaid()).allSatisfy(o -> assertThat(o.shippedAt()).isNull());
	}

	@Test
	void closesEveryResolvedRefundAndLeavesRequestedOnesOpen() {
		List<Refund> refunds = ORDERS.stream().flatMap(o -> o.refunds().stream()).toList();

		assertThat(refunds).filteredOn(Refund::isClosed)
			.isNotEmpty()
			.allSatisfy(r -> assertThat(r.closedAt()).isAfter(r.requestedAt()));
		assertThat(refunds).filteredOn(r -> r.refundedAt() != null)
			.allSatisfy(r -> assertThat(r.closedAt()).isEqualTo(r.refundedAt()));
		assertThat(refunds).filteredOn(r -> !r.isClosed()).allSatisfy(r -> assertThat(r.closedAt()).isNull());
	}

	@Test
	void remarksInTheHouseFormWithFlags() {
		List<Remark> remarks = ORDERS.stream().flatMap(o -> o.remarks().stream()).toList();
		assertThat(remarks).allSatisfy(r -> assertThat(r.text()).matches("\\S+ .+ \\d{4}\\.\\d{1,2}\\.\\d{1,2}"));
		assertThat(remarks).extracting(Remark::flag)
			.contains(Flag.RED, Flag.YELLOW, Flag.GREEN, Flag.BLUE, Flag.PURPLE);
		assertThat(orders()).anyMatch(o -> o.flag() == Flag.RED);
	}

	@Test
	void numbersOrdersLikeTmallNeverTwice() {
		assertThat(ORDERS).extracting(PlannedOrder::orderNo)
			.allMatch(no -> no.matches("[1-9]\\d{18}"))
			.doesNotHaveDuplicates();
	}

	private static List<Order> orders() {
		return ORDERS.stream().map(o -> o.toOrder(1, 1)).toList();
	}

	private static Instant last(List<PlannedMessage> thread) {
		return thread.isEmpty() ? Instant.MAX : thread.get(thread.size() - 1).at();
	}

}
