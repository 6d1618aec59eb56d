package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class RemarkTasksIntegrationTests {

	private static final Instant CREATED = Instant.parse("2026-11-21T06:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

	@Autowired
	Orders orders;

	@Autowired
	RemarkTasks tasks;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	ApplicationEvents events;

	Shop shop;

	long agentId;

	long clerkId;

	long buyerId;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("备注店" + suffix);
		agentId = fixture.account(shop, "mei" + suffix, Role.PRE_SALES).id().value();
		clerkId = fixture.account(shop, "dandan" + suffix, Role.ORDER_CLERK).id().value();
		buyerId = buyers.recognise(shop.id(), "tb_lamp_fan", CREATED).id().value();
	}

	private Order placed(String orderNo, Instant at) {
		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of(orderNo), BuyerId.of(buyerId), at,
				List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))));
		return orders.findByNo(shop.id(), OrderNo.of(orderNo)).orElseThrow();
	}

	private RemarkTask remark(Order order, String request, Flag flag, Instant at) {
		return orders.addRemark(order.id(), AgentId.of(agentId), RemarkForm.of("小美", request, DAY), flag,
				RemarkKind.OTHER, at);
	}

	@Test
	void aRemarkIsStoredFlagsTheOrderAndWaitsOnTheClerksList() {
		Order order = placed("5001", CREATED);

		RemarkTask task = orders.addRemark(order.id(), AgentId.of(agentId),
				RemarkForm.of("小美", "客户要求修改地址,新地址为:杭州市滨江区", DAY), Flag.RED, RemarkKind.ADDRESS,
				CREATED.plusSeconds(600));

		Order stored = orders.find(order.id()).orElseThrow();
		assertThat(stored.flag()).isEqualTo(Flag.RED);
		assertThat(stored.remarks()).singleElement().satisfies(remark -> {
			assertThat(remark.text()).isEqualTo("小美 客户要求修改地址,新地址为:杭州市滨江区 2026.11.22");
			assertThat(remark.agentId()).isEqualTo(AgentId.of(agentId));
			assertThat(remark.flag()).isEqualTo(Flag.RED);
		});
		assertThat(task.isOpen()).isTrue();
		assertThat(tasks.find(task.id())).contains(task);
		assertThat(tasks.ofShop(shop.id(), RemarkTask.Status.OPEN, 50)).containsExactly(task);
		assertThat(tasks.countOpen(shop.id())).isEqualTo(1);
	}

	@Test
	void aRemarkThatCannotBeStoredLeavesNeitherFlagNorTask() {
		Order order = placed("5002", CREATED);
		long noSuchAgent = Long.MAX_VALUE;

		assertThatThrownBy(() -> orders.addRemark(order.id(), AgentId.of(noSuchAgent), RemarkForm.of("小美", "送灯泡", DAY),
				Flag.RED, RemarkKind.GIFT, CREATED.plusSeconds(60)))
			.isInstanceOf(DataIntegrityViolationException.class);

		Order stored = orders.find(order.id()).orElseThrow();
		assertThat(stored.flag()).isNull();
		assertThat(stored.remarks()).isEmpty();
		assertThat(tasks.countOpen(shop.id())).isZero();
	}

	@Test
	void anUnknownOrderIsSaidToBeUnknown() {
		assertThatThrownBy(
				() -> remark(
						new Order(OrderId.of(Long.MAX_VALUE), shop.id(), OrderNo.of("1"), BuyerId.of(buyerId),
								OrderStatus.WAITING_PAYMENT, CREATED, null, null, null, BigDecimal.ONE, null,
								BigDecimal.ZERO, null, null, List.of(), List.of(), List.of()),
						"改地址", Flag.RED, CREATED))
			.isInstanceOf(UnknownOrderException.class);
	}

	@Test
	void aChangedFlagIsAnnouncedForTheFiguresAndTheSameFlagIsNot() {
		Order order = placed("5003", CREATED);
		events.clear();

		remark(order, "顺丰发货", Flag.RED, CREATED.plusSeconds(60));
		remark(order, "已补差价12元", Flag.RED, CREATED.plusSeconds(120));

		assertThat(events.stream(OrdersStored.class)).containsExactly(new OrdersStored(shop.id(), CREATED, CREATED));
	}

	@Test
	void theLaterRemarksFlagIsTheOrdersAndEachRemarkIsATask() {
		Order order = placed("5004", CREATED);

		remark(order, "改颜色为白色", Flag.RED, CREATED.plusSeconds(60));
		remark(order, "送灯泡", Flag.YELLOW, CREATED.plusSeconds(120));

		assertThat(orders.find(order.id()).orElseThrow().flag()).isEqualTo(Flag.YELLOW);
		assertThat(tasks.ofShop(shop.id(), RemarkTask.Status.OPEN, 50)).extracting(task -> task.remark().text())
			.containsExactly("小美 改颜色为白色 2026.11.22", "小美 送灯泡 2026.11.22");
	}

	@Test
	void theClerkMarksARemarkDoneOnceAndItLeavesTheOpenList() {
		Order order = placed("5005", CREATED);
		RemarkTask first = remark(order, "改地址", Flag.RED, CREATED.plusSeconds(60));
		RemarkTask second = remark(order, "送灯泡", Flag.RED, CREATED.plusSeconds(120));

		RemarkTask done = tasks.markDone(first.id(), AgentId.of(clerkId), CREATED.plusSeconds(3600));
		tasks.markDone(second.id(), AgentId.of(clerkId), CREATED.plusSeconds(7200));

		assertThat(done.handledBy()).isEqualTo(AgentId.of(clerkId));
		assertThat(tasks.find(first.id())).contains(done);
		assertThat(tasks.ofShop(shop.id(), RemarkTask.Status.OPEN, 50)).isEmpty();
		assertThat(tasks.ofShop(shop.id(), RemarkTask.Status.DONE, 50)).extracting(RemarkTask::id)
			.containsExactly(second.id(), first.id());
		assertThatIllegalStateException()
			.isThrownBy(() -> tasks.markDone(first.id(), AgentId.of(clerkId), CREATED.plusSeconds(9000)));
		assertThatThrownBy(() -> tasks.markDone(Long.MAX_VALUE, AgentId.of(clerkId), CREATED))
			.isInstanceOf(UnknownRemarkTaskException.class);
	}

	@Test
	void anotherShopsRemarksAreNotOnThisShopsList() {
		Order order = placed("5006", CREATED);
		remark(order, "改地址", Flag.RED, CREATED.plusSeconds(60));
		Shop other = new ShopFixture(shops, products, staff).shop("别家备注店" + System.nanoTime());

		assertThat(tasks.ofShop(other.id(), RemarkTask.Status.OPEN, 50)).isEmpty();
		assertThat(tasks.countOpen(other.id())).isZero();
	}

	@Test
	void theBuyersLatestOrdersComeNewestFirst() {
		placed("6001", CREATED);
		placed("6002", CREATED.plusSeconds(3600));
		placed("6003", CREATED.plusSeconds(7200));

		assertThat(orders.latestOfBuyer(shop.id(), BuyerId.of(buyerId), 2)).extracting(o -> o.orderNo().value())
			.containsExactly("6003", "6002");
	}

}
