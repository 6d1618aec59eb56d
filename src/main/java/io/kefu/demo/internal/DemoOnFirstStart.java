package io.kefu.demo.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoSummary;
import io.kefu.demo.DemoVolume;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts the demo shop into an empty database on start, unless {@code KEFU_DEMO=false}. */
@Component
@Order(10)
class DemoOnFirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

	private final DemoShop demo;

	private final Shops shops;

	private final boolean enabled;

	private final long seed;

	DemoOnFirstStart(DemoShop demo, Shops shops, @Value("${kefu.demo.enabled:true}") boolean enabled,
			@Value("${kefu.demo.seed:20261122}") long seed) {
		this.demo = demo;
		this.shops = shops;
		this.enabled = enabled;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !shops.all().isEmpty()) {
			return;
		}
		Clock clock = Clock.system(Shop.DEFAULT_ZONE);
		DemoSummary summary = demo.generate(new DemoVolume(1, seed, 30, LocalDate.now(clock), clock.instant()));
		log.info("Created the demo shop {}: {} products, {} messages, {} orders; sign in as zhuguan / {}",
				DemoShop.NAME, summary.products(), summary.messages(), summary.orders(), DemoShop.PASSWORD);
	}

}
