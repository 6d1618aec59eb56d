package io.kefu.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.Followups;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

/**
 * {@code bench followups}: stores a day's worth of orders placed unpaid in a new shop, as
 * an import of yesterday's 订单报表 does, and times how long the payment reminders take to
 * open after the orders were committed — the server's own path, the {@code OrdersStored}
 * listener — beside how long storing the orders took.
 */
public class FollowupBench {

	/** What one run measured. */
	public record Result(int orders, double storeSeconds, double openSeconds, long opened) {

		public double ratio() {
			return openSeconds / storeSeconds;
		}

	}

	private static final Duration PATIENCE = Duration.ofMinutes(10);

	private final Shops shops;

	private final Buyers buyers;

	private final Orders orders;

	private final Followups followups;

	private final Clock clock;

	FollowupBench(Shops shops, Buyers buyers, Orders orders, Followups followups, Clock clock) {
		this.shops = shops;
		this.buyers = buyers;
		this.orders = orders;
		this.followups = followups;
		this.clock = clock;
	}

	public Result run(int count) throws InterruptedException {
		Instant now = clock.instant();
		Shop shop = shops.open(NewShop.of("催付基准店" + now.toEpochMilli(), Platform.TMALL));
		List<Order> placed = placed(shop, count, now);
		long start = System.nanoTime();
		orders.addAll(placed);
		double storeSeconds = (System.nanoTime() - start) / 1e9;
		long stored = System.nanoTime();
		long opened = 0;
		while (opened < count && System.nanoTime() - stored < PATIENCE.toNanos()) {
			Thread.sleep(20);
			opened = countOpened(shop);
		}
		double openSeconds = (System.nanoTime() - stored) / 1e9;
		return new Result(count, storeSeconds, openSeconds, opened);
	}

	private long countOpened(Shop shop) {
		return followups.count(shop.id(), FollowupKind.PAYMENT_REMINDER);
	}

	/**
	 * Orders of the last day, one or two lamps each, from buyers who order about 1.3
	 * times.
	 */
	private List<Order> placed(Shop shop, int count, Instant now) {
		SplittableRandom random = new SplittableRandom(14);
		Map<String, Instant> firstSeen = new HashMap<>();
		List<String> nicks = new ArrayList<>();
		List<Instant> times = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String nick = "tb_bench_" + random.nextInt(Math.max(1, count * 10 / 13));
			Instant at = now.minusSeconds(random.nextLong(86_400));
			nicks.add(nick);
			times.add(at);
			firstSeen.merge(nick, at, (a, b) -> a.isBefore(b) ? a : b);
		}
		Map<String, BuyerId> ids = buyers.recogniseAll(shop.id(), firstSeen);
		List<Order> placed = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			BigDecimal price = BigDecimal.valueOf(99 + random.nextInt(200));
			placed.add(Order.place(shop.id(), OrderNo.of(Long.toString(4_000_000_000_000_000_000L + i)),
					ids.get(nicks.get(i)), times.get(i),
					List.of(new OrderItem(null, null, "视谱 护眼台灯", "白色", 1 + random.nextInt(2), price)), BigDecimal.ZERO,
					new Order.Receiver("买家", "13800000000", "浙江省杭州市")));
		}
		return placed;
	}

}
