package io.kefu.reception.internal;

import java.time.Instant;
import java.util.List;

import io.kefu.reception.ChatSettings;
import io.kefu.shop.Promotion;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;

import org.springframework.stereotype.Component;

/**
 * The chat settings that apply at a moment: the shop's own, except that while a promotion
 * with an auto-reply runs, buyers are welcomed with that auto-reply (seed 000:
 * 店铺各大活动时，旺旺自动回复需重新设置). When several run, the one that started last speaks.
 */
@Component
class SettingsInForce {

	private final ChatSettingsStore store;

	private final ShopKnowledge knowledge;

	SettingsInForce(ChatSettingsStore store, ShopKnowledge knowledge) {
		this.store = store;
		this.knowledge = knowledge;
	}

	ChatSettings at(long shopId, Instant now) {
		return during(store.of(shopId), knowledge.runningAt(ShopId.of(shopId), now));
	}

	/**
	 * The settings with the welcome of the first promotion that has an auto-reply.
	 * @param running the promotions running now, the latest started first
	 */
	static ChatSettings during(ChatSettings settings, List<Promotion> running) {
		return running.stream()
			.filter(Promotion::hasAutoReply)
			.findFirst()
			.map(promotion -> settings.welcoming(promotion.autoReply()))
			.orElse(settings);
	}

}
