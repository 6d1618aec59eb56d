package io.kefu.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.kefu.reception.Messages;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a server whose clock reads noon of 15 March 2026 in Shanghai, the demo shop's
 * history is the month up to that moment and nothing after it.
 */
@SpringBootTest(properties = "kefu.demo.enabled=true")
class DemoOnFirstStartIntegrationTests {

	static final Instant NOW = Instant.parse("2026-03-15T04:00:00Z");

	@Autowired
	Shops shops;

	@Autowired
	Messages messages;

	@Test
	void putsTheDemoShopWithAMonthOfHistoryUpToNowIntoAnEmptyDatabase() {
		assertThat(shops.all()).singleElement().satisfies(shop -> {
			assertThat(shop.name()).isEqualTo(DemoShop.NAME);
			assertThat(shop.platform()).isEqualTo(Platform.TMALL);
		});
		Shop demo = shops.all().get(0);
		long shopId = demo.id().value();
		assertThat(messages.firstSentAt(demo.id())).hasValueSatisfying(
				first -> assertThat(first).isBetween(NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(28))));
		assertThat(messages.countBetween(demo.id(), NOW.minus(Duration.ofDays(1)), NOW)).isPositive();
		assertThat(messages.countBetween(demo.id(), NOW, NOW.plus(Duration.ofDays(400)))).isZero();
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
