package io.kefu.order.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderPanel;
import io.kefu.order.PanelOrder;
import io.kefu.order.RemarkTask;
import io.kefu.order.RemarkTasks;
import io.kefu.order.UnknownOrderException;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcOrderPanel implements OrderPanel {

	private static final String OWN_OR_LINKED = """
			where shop_id = ? and (buyer_id = ? or id in (select order_id from buyer_order_link where buyer_id = ?))
			""";

	private final OrderReads reads;

	private final RemarkTasks tasks;

	private final Staff staff;

	private final JdbcClient jdbc;

	JdbcOrderPanel(OrderReads reads, RemarkTasks tasks, Staff staff, JdbcClient jdbc) {
		this.reads = reads;
		this.tasks = tasks;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	@Override
	public List<PanelOrder> ofBuyer(ShopId shopId, BuyerId buyerId, int limit) {
		return panel(shopId, buyerId, reads.where(OWN_OR_LINKED + "order by created_at desc, id desc limit ?",
				shopId.value(), buyerId.value(), buyerId.value(), limit));
	}

	@Override
	public List<PanelOrder> withNumber(ShopId shopId, BuyerId buyerId, OrderNo orderNo) {
		return panel(shopId, buyerId,
				reads.where("where shop_id = ? and order_no = ?", shopId.value(), orderNo.value()));
	}

	@Override
	public List<PanelOrder> withPhoneEnding(ShopId shopId, BuyerId buyerId, String lastFourDigits, int limit) {
		return panel(shopId, buyerId, reads.where("""
				where shop_id = ? and right(receiver_phone, 4) = ? and receiver_phone is not null
				order by created_at desc, id desc limit ?
				""", shopId.value(), lastFourDigits, limit));
	}

	@Override
	@Transactional
	public PanelOrder link(ShopId shopId, BuyerId buyerId, OrderId orderId, AgentId linkedBy, Instant at) {
		Order order = reads.where("where shop_id = ? and id = ?", shopId.value(), orderId.value())
			.stream()
			.findFirst()
			.orElseThrow(() -> new UnknownOrderException(orderId));
		if (!order.buyerId().equals(buyerId)) {
			jdbc.sql("""
					insert into buyer_order_link (buyer_id, order_id, linked_by, linked_at) values (?, ?, ?, ?)
					on conflict do nothing
					""").params(buyerId.value(), orderId.value(), linkedBy.value(), Timestamp.from(at)).update();
		}
		return panel(shopId, buyerId, List.of(order)).get(0);
	}

	@Override
	public Optional<Order> ofBuyerOrLinked(ShopId shopId, BuyerId buyerId, OrderId orderId) {
		return reads
			.where(OWN_OR_LINKED + "and id = ?", shopId.value(), buyerId.value(), buyerId.value(), orderId.value())
			.stream()
			.findFirst();
	}

	/** The orders with their requests, handlers' names and whether each is linked. */
	private List<PanelOrder> panel(ShopId shopId, BuyerId buyerId, List<Order> orders) {
		if (orders.isEmpty()) {
			return List.of();
		}
		List<RemarkTask> requests = tasks.ofOrders(orders.stream().map(Order::id).toList());
		Map<OrderId, List<RemarkTask>> byOrder = requests.stream().collect(Collectors.groupingBy(RemarkTask::orderId));
		Map<AgentId, String> names = names(shopId,
				requests.stream().map(RemarkTask::handledBy).filter(Objects::nonNull).collect(Collectors.toSet()));
		Set<Long> linked = linkedOf(buyerId, orders);
		return orders.stream()
			.map(order -> PanelOrder.of(order, byOrder.getOrDefault(order.id(), List.of())
				.stream()
				.map(task -> PanelOrder.Request.of(task, task.handledBy() == null ? null : names.get(task.handledBy())))
				.toList(), linked.contains(order.id().value())))
			.toList();
	}

	private Set<Long> linkedOf(BuyerId buyerId, List<Order> orders) {
		return new HashSet<>(jdbc.sql("select order_id from buyer_order_link where buyer_id = ? and order_id = any(?)")
			.params(buyerId.value(), orders.stream().map(o -> o.id().value()).toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	private Map<AgentId, String> names(ShopId shopId, Set<AgentId> ids) {
		Map<AgentId, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		staff.inShop(shopId).forEach(agent -> names.put(agent.id(), agent.displayName()));
		ids.stream()
			.filter(id -> !names.containsKey(id))
			.forEach(id -> staff.find(id).map(Agent::displayName).ifPresent(name -> names.put(id, name)));
		return names;
	}

}
