package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.order.Orders.Recorded;
import io.kefu.shop.Shop;

import org.springframework.stereotype.Component;

/** Imports an order report: the orders' buyers, then the orders, a thousand at a time. */
@Component
class OrderReportImport {

	private static final int BATCH = 1000;

	private final Buyers buyers;

	private final Orders orders;

	OrderReportImport(Buyers buyers, Orders orders) {
		this.buyers = buyers;
		this.orders = orders;
	}

	void run(Shop shop, Path file, ImportTally tally) throws IOException {
		List<ExportedOrder> batch = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		// the report is parsed on a thread of its own while this one, holding the
		// transaction, stores the batches
		ReadAhead.<ExportedOrder>run((read, rejected) -> TaobaoOrderReport.read(file, read, rejected),
				ExportedOrder::characters, order -> {
					tally.read();
					// an order listed twice in one batch is stored in two steps, so the
					// second
					// reads as an update
					if (batch.size() == BATCH || !numbers.add(order.orderNo())) {
						store(shop, batch, tally);
						batch.clear();
						numbers.clear();
						numbers.add(order.orderNo());
					}
					batch.add(order);
				}, line -> {
					tally.read();
					tally.reject(line);
				});
		store(shop, batch, tally);
	}

	private void store(Shop shop, List<ExportedOrder> batch, ImportTally tally) {
		if (batch.isEmpty()) {
			return;
		}
		Map<String, Instant> firstSeen = new HashMap<>();
		batch.forEach(order -> firstSeen.merge(order.buyerNick(), ExportedOrders.instant(order.createdAt(), shop),
				(a, b) -> a.isBefore(b) ? a : b));
		Map<String, BuyerId> ids = buyers.recogniseAll(shop.id(), firstSeen);
		List<Order> exported = batch.stream()
			.map(order -> ExportedOrders.toOrder(order, shop, ids.get(order.buyerNick())))
			.toList();
		List<Recorded> outcomes = orders.record(exported);
		for (int i = 0; i < outcomes.size(); i++) {
			count(shop, exported.get(i), outcomes.get(i), tally);
		}
	}

	static void count(Shop shop, Order order, Recorded outcome, ImportTally tally) {
		switch (outcome) {
			case INSERTED -> tally.inserted(1);
			case UPDATED -> tally.updated(1);
			case UNCHANGED -> tally.unchanged(1);
		}
		if (outcome != Recorded.UNCHANGED) {
			tally.orderDay(shop.businessDay(order.createdAt()));
			if (order.paidAt() != null) {
				tally.orderDay(shop.businessDay(order.paidAt()));
			}
		}
	}

}
