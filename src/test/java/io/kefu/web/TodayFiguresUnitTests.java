package io.kefu.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.kefu.customer.BuyerId;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.RemarkForm;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.reception.Message;
import io.kefu.reception.MessageHeader;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TodayFiguresUnitTests {

	static final Shop SHOP = new Shop(ShopId.of(7), "视谱台灯旗舰店", Platform.TMALL, Shop.DEFAULT_ZONE, LocalTime.of(2, 0));

	final List<Instant[]> periods = new ArrayList<>();

	@Test
	void countsTheBusinessDayThatStartsAtTheShopsSplitPoint() {
		// 01:30 on the 23rd in Shanghai still belongs to the 22nd, which runs from 02:00
		// to 02:00
		Clock clock = Clock.fixed(Instant.parse("2026-11-22T17:30:00Z"), Shop.DEFAULT_ZONE);

		DayFigures figures = new TodayFigures(new CountingMessages(), new CountingOrders(), clock).of(SHOP);

		assertThat(figures)
			.isEqualTo(new DayFigures(LocalDate.of(2026, 11, 22), 12, 345, 9, 6, new BigDecimal("1794.00")));
		assertThat(periods).allSatisfy(period -> {
			assertThat(period[0]).isEqualTo(Instant.parse("2026-11-21T18:00:00Z"));
			assertThat(period[1]).isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
		});
		assertThat(periods).hasSize(4);
	}

	class CountingMessages implements Messages {

		@Override
		public int append(List<NewMessage> messages) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Message> thread(ShopId shopId, BuyerId buyerId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long countBetween(ShopId shopId, Instant from, Instant to) {
			periods.add(new Instant[] { from, to });
			return 345;
		}

		@Override
		public long consultingBuyersBetween(ShopId shopId, Instant from, Instant to) {
			periods.add(new Instant[] { from, to });
			return 12;
		}

		@Override
		public Optional<Instant> firstSentAt(ShopId shopId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void forEachThread(ShopId shopId, Instant from, Instant to, Collection<BuyerId> buyerIds,
				Consumer<List<MessageHeader>> thread) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void forEachThreadWithText(ShopId shopId, Instant from, Instant to, Collection<BuyerId> buyerIds,
				Consumer<List<Message>> thread) {
			throw new UnsupportedOperationException();
		}

	}

	class CountingOrders implements Orders {

		@Override
		public Optional<Order> find(OrderId id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<Order> findByNo(ShopId shopId, OrderNo orderNo) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Order> ofBuyer(ShopId shopId, BuyerId buyerId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Order> latestOfBuyer(ShopId shopId, BuyerId buyerId, int limit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Order> withNumbers(ShopId shopId, Collection<OrderNo> orderNos) {
			throw new UnsupportedOperationException();
		}

		@Override
		public RemarkTask addRemark(OrderId orderId, AgentId agentId, RemarkForm form, Flag flag, RemarkKind kind,
				Instant at) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addAll(List<Order> orders) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Recorded> record(List<Order> orders) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<Instant> firstCreatedAt(ShopId shopId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Order> paymentsActiveBetween(ShopId shopId, Instant from, Instant to) {
			throw new UnsupportedOperationException();
		}

		@Override
		public OrderCounts countCreatedBetween(ShopId shopId, Instant from, Instant to) {
			periods.add(new Instant[] { from, to });
			return new OrderCounts(9, 6);
		}

		@Override
		public BigDecimal paidAmountBetween(ShopId shopId, Instant from, Instant to) {
			periods.add(new Instant[] { from, to });
			return new BigDecimal("1794.00");
		}

	}

}
