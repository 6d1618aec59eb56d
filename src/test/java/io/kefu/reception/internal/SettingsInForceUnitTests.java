package io.kefu.reception.internal;

import java.time.Instant;
import java.util.List;

import io.kefu.reception.ChatSettings;
import io.kefu.shop.Promotion;
import io.kefu.shop.ShopId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 店铺各大活动时，旺旺自动回复需重新设置 (seed 000): a running promotion's auto-reply welcomes buyers. */
class SettingsInForceUnitTests {

	static final Instant START = Instant.parse("2026-11-19T16:00:00Z");

	@Test
	void aRunningPromotionsAutoReplyReplacesTheWelcomeOnly() {
		ChatSettings during = SettingsInForce.during(ChatSettings.DEFAULTS,
				List.of(promotion("双12预热", "亲，双12预热中，全店满199减20哦！")));

		assertThat(during.welcomeText()).isEqualTo("亲，双12预热中，全店满199减20哦！");
		assertThat(during.awayText()).isEqualTo(ChatSettings.DEFAULTS.awayText());
		assertThat(during.busyText()).isEqualTo(ChatSettings.DEFAULTS.busyText());
	}

	@Test
	void thePromotionThatStartedLastSpeaksAndOneWithoutAnAutoReplyLeavesTheWelcome() {
		assertThat(SettingsInForce
			.during(ChatSettings.DEFAULTS, List.of(promotion("没设自动回复", ""), promotion("双11", "双11快乐")))
			.welcomeText()).isEqualTo("双11快乐");
		assertThat(SettingsInForce.during(ChatSettings.DEFAULTS, List.of(promotion("没设自动回复", " "))).welcomeText())
			.isEqualTo(ChatSettings.DEFAULTS.welcomeText());
		assertThat(SettingsInForce.during(ChatSettings.DEFAULTS, List.of()).welcomeText())
			.isEqualTo(ChatSettings.DEFAULTS.welcomeText());
	}

	private static Promotion promotion(String name, String autoReply) {
		return new Promotion(1, ShopId.of(1), name, START, START.plusSeconds(86_400), "", "", autoReply);
	}

}
