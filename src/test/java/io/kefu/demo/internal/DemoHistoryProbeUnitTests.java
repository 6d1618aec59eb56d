package io.kefu.demo.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoHistoryProbeUnitTests {

	@Test
	void probe() {
		long t = System.currentTimeMillis();
		List<DayPlan> plans = DemoShopMother.plan(1, 20261122, 30);
		long messages = plans.stream().mapToLong(p -> p.messages().size()).sum();
		long orders = plans.stream().mapToLong(p -> p.orders().size()).sum();
		long buyers = plans.stream().mapToLong(p -> p.buyersFirstSeen().size()).sum();
		System.out.println("PROBE messages=" + messages + " orders=" + orders + " buyers=" + buyers + " ms="
				+ (System.currentTimeMillis() - t));
		DayPlan day = plans.get(29);
		day.messages().stream().filter(m -> m.nick().equals(day.messages().get(300).nick()))
			.forEach(m -> System.out.println("PROBE " + m));
		plans.stream().flatMap(p -> p.orders().stream()).filter(o -> !o.remarks().isEmpty() || !o.refunds().isEmpty())
			.limit(8).forEach(o -> System.out.println("PROBE " + o));
	}
}
