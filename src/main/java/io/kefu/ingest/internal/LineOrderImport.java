package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.ingest.ImportKind;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.Orders.Recorded;
import io.kefu.shop.Shop;

import org.springframework.stereotype.Component;

/**
 * Imports the exports that give orders and their lines in one file (JD, Pinduoduo,
 * Douyin): each order comes with its lines right after it, so an order is complete when
 * the next one starts. A stray line of an order given earlier is added to that order.
 */
@Component
class LineOrderImport {

	private static final int BATCH = 500;

	private final Buyers buyers;

	private final Orders orders;

	LineOrderImport(Buyers buyers, Orders orders) {
		this.buyers = buyers;
		this.orders = orders;
	}

	void run(Shop shop, Path file, ImportKind kind, ImportTally tally) throws IOException {
		Map<String, ExportedOrder> batch = new LinkedHashMap<>();
		Map<String, List<OrderItem>> lines = new HashMap<>();
		Consumer<ExportedOrder> order = exported -> {
			if (batch.size() >= BATCH) {
				store(shop, batch, lines, tally);
			}
			batch.put(exported.orderNo(), exported);
		};
		Consumer<ExportedItem> item = exported -> {
			tally.read();
			lines.computeIfAbsent(exported.orderNo(), no -> new ArrayList<>())
				.add(new OrderItem(null, null, exported.title(), exported.properties(), exported.quantity(),
						exported.unitPrice()));
		};
		Consumer<ImportError> rejected = line -> {
			tally.read();
			tally.reject(line);
		};
		switch (kind) {
			case JD_ORDERS -> JdOrderReport.read(file, order, item, rejected);
			case PDD_ORDERS -> PddOrderReport.read(file, order, item, rejected);
			case DOUYIN_ORDERS -> DouyinOrderReport.read(file, order, item, rejected);
			default -> throw new IllegalArgumentException(kind + " is not an export of orders with their lines");
		}
		store(shop, batch, lines, tally);
	}

	private void store(Shop shop, Map<String, ExportedOrder> batch, Map<String, List<OrderItem>> lines,
			ImportTally tally) {
		Map<String, Instant> firstSeen = new HashMap<>();
		batch.values()
			.forEach(order -> firstSeen.merge(order.buyerNick(), ExportedOrders.instant(order.createdAt(), shop),
					(a, b) -> a.isBefore(b) ? a : b));
		Map<String, BuyerId> ids = buyers.recogniseAll(shop.id(), firstSeen);
		List<Order> exported = new ArrayList<>();
		batch.values()
			.forEach(order -> exported.add(ExportedOrders.toOrder(order, shop, ids.get(order.buyerNick()))
				.withItems(lines.getOrDefault(order.orderNo(), List.of()))));
		exported.addAll(strays(shop, batch, lines));
		List<Recorded> outcomes = orders.record(exported);
		for (int i = 0; i < outcomes.size(); i++) {
			OrderReportImport.count(shop, exported.get(i), outcomes.get(i), tally);
		}
		batch.clear();
		lines.clear();
	}

	/**
	 * Orders stored before whose stray lines came later: stored items plus the new lines.
	 */
	private List<Order> strays(Shop shop, Map<String, ExportedOrder> batch, Map<String, List<OrderItem>> lines) {
		List<OrderNo> numbers = lines.keySet().stream().filter(no -> !batch.containsKey(no)).map(OrderNo::of).toList();
		Map<String, Order> stored = orders.withNumbers(shop.id(), numbers)
			.stream()
			.collect(Collectors.toMap(order -> order.orderNo().value(), Function.identity()));
		List<Order> completed = new ArrayList<>();
		stored.forEach((no, order) -> {
			List<OrderItem> all = new ArrayList<>(order.items());
			all.addAll(lines.get(no));
			completed.add(order.withItems(all));
		});
		return completed;
	}

}
