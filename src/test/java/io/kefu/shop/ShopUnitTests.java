package io.kefu.shop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopUnitTests {

	private static Shop shop(LocalTime split) {
		return new Shop(ShopId.of(1), "视谱台灯旗舰店", Platform.TMALL, ZoneId.of("Asia/Shanghai"), split);
	}

	@Test
	void theBusinessDayIsTheShopsCalendarDayByDefault() {
		Shop shop = shop(LocalTime.MIDNIGHT);

		assertThat(shop.businessDay(Instant.parse("2026-11-20T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(shop.businessDay(Instant.parse("2026-11-20T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 21));
	}

	@Test
	void aSplitPointKeepsTheSmallHoursInThePreviousBusinessDay() {
		Shop shop = shop(LocalTime.of(2, 0));

		assertThat(shop.businessDay(Instant.parse("2026-11-20T17:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(shop.businessDay(Instant.parse("2026-11-20T18:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(shop.startOf(LocalDate.of(2026, 11, 21))).isEqualTo(Instant.parse("2026-11-20T18:00:00Z"));
	}

	@Test
	void anAgentsSubAccountIsShopNameColonNickname() {
		assertThat(shop(LocalTime.MIDNIGHT).agentAccount("小美")).isEqualTo("视谱台灯旗舰店:小美");
	}

}
