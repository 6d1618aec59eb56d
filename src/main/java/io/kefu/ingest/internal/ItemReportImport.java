package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.Orders.Recorded;
import io.kefu.shop.Shop;

import org.springframework.stereotype.Component;

/**
 * Imports an item report (宝贝报表): the lines of orders that an order report brought in
 * before. An item's refund becomes a refund of its order with no refund time. Lines of an
 * order Kefu does not know are rejected.
 */
@Component
class ItemReportImport {

	private static final int BATCH = 500;

	private final Orders orders;

	ItemReportImport(Orders orders) {
		this.orders = orders;
	}

	void run(Shop shop, Path file, ImportTally tally) throws IOException {
		String name = file.getFileName().toString();
		Map<String, List<ExportedItem>> batch = new LinkedHashMap<>();
		TaobaoItemReport.read(file, item -> {
			tally.read();
			// an order's lines stay together: flush only when a new order starts
			if (batch.size() >= BATCH && !batch.containsKey(item.orderNo())) {
				store(shop, name, batch, tally);
				batch.clear();
			}
			batch.computeIfAbsent(item.orderNo(), no -> new ArrayList<>()).add(item);
		}, line -> {
			tally.read();
			tally.reject(line);
		});
		store(shop, name, batch, tally);
	}

	private void store(Shop shop, String name, Map<String, List<ExportedItem>> batch, ImportTally tally) {
		if (batch.isEmpty()) {
			return;
		}
		Map<String, Order> known = orders.withNumbers(shop.id(), batch.keySet().stream().map(OrderNo::of).toList())
			.stream()
			.collect(Collectors.toMap(order -> order.orderNo().value(), Function.identity()));
		List<Order> listed = new ArrayList<>();
		List<Integer> lineCounts = new ArrayList<>();
		batch.forEach((orderNo, items) -> {
			Order order = known.get(orderNo);
			if (order == null) {
				items.forEach(item -> tally
					.reject(RejectedLine.of(name, item.line(), "订单编号", "imports.error.unknownOrder", orderNo)));
			}
			else {
				listed.add(withLines(order, items));
				lineCounts.add(items.size());
			}
		});
		List<Recorded> outcomes = orders.record(listed);
		for (int i = 0; i < outcomes.size(); i++) {
			switch (outcomes.get(i)) {
				case INSERTED, UPDATED -> tally.updated(lineCounts.get(i));
				case UNCHANGED -> tally.unchanged(lineCounts.get(i));
			}
			if (outcomes.get(i) != Recorded.UNCHANGED && listed.get(i).paidAt() != null) {
				tally.orderDay(shop.businessDay(listed.get(i).paidAt()));
			}
		}
	}

	private static Order withLines(Order order, List<ExportedItem> items) {
		return order.withItems(items.stream()
			.map(item -> new OrderItem(null, null, item.title(), item.properties(), item.quantity(), item.unitPrice()))
			.toList());
	}

}
