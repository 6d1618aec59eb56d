package io.kefu.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.kefu.demo.DemoAccounts;
import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoSummary;
import io.kefu.demo.DemoVolume;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Passwords;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the demo shop into an empty database on start, unless {@code KEFU_DEMO=false}.
 * Started with {@code KEFU_DEMO=false}, an instance whose database holds the demo shop
 * from an earlier run retires the demo accounts' published password: a real shop's data
 * may be there now. That is {@code kefu.demo.public-password}, not
 * {@code kefu.demo.enabled}, which the command-line tasks turn off only to leave the demo
 * shop uncreated.
 */
@Component
@Order(10)
class DemoOnFirstStart implements ApplicationRunner, DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

	private final DemoShop demo;

	private final Shops shops;

	private final Passwords passwords;

	private final boolean enabled;

	private final boolean publicPassword;

	private final long seed;

	private final Clock clock;

	DemoOnFirstStart(DemoShop demo, Shops shops, Passwords passwords, Clock clock,
			@Value("${kefu.demo.enabled:true}") boolean enabled,
			@Value("${kefu.demo.public-password:true}") boolean publicPassword,
			@Value("${kefu.demo.seed:20261122}") long seed) {
		this.demo = demo;
		this.shops = shops;
		this.passwords = passwords;
		this.enabled = enabled;
		this.publicPassword = publicPassword;
		this.seed = seed;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!publicPassword) {
			retirePublicPassword();
		}
		if (!enabled || !shops.all().isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Shop.DEFAULT_ZONE);
		DemoSummary summary = demo.generate(new DemoVolume(1, seed, 30, today, now));
		log.info("Created the demo shop {}: {} products, {} messages, {} orders; sign in as zhuguan / {}",
				DemoShop.NAME, summary.products(), summary.messages(), summary.orders(), DemoShop.PASSWORD);
	}

	@Override
	public boolean passwordIsPublic() {
		return publicPassword && shops.findByName(DemoShop.NAME).isPresent();
	}

	private void retirePublicPassword() {
		shops.findByName(DemoShop.NAME).ifPresent(shop -> {
			int retired = passwords.retirePublicPassword(shop.id(), DemoShop.PASSWORD);
			if (retired > 0) {
				log.warn("The demo is off: {} demo accounts no longer sign in with the published password; an "
						+ "administrator can reset their passwords", retired);
			}
		});
	}

}
