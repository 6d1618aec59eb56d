package io.kefu.shop;

import java.time.Instant;

/**
 * A campaign (活动) with its dates, its rules (活动规则), the script agents use while it runs
 * and the auto-reply that greets buyers while it runs (seed 000: 店铺各大活动时，旺旺自动回复需重新设置); a
 * blank auto-reply leaves the shop's own greeting in place.
 */
public record Promotion(long id, ShopId shopId, String name, Instant startsAt, Instant endsAt, String rules,
		String script, String autoReply) {

	public Promotion(long id, ShopId shopId, String name, Instant startsAt, Instant endsAt, String script) {
		this(id, shopId, name, startsAt, endsAt, "", script, "");
	}

	public boolean runsAt(Instant moment) {
		return !moment.isBefore(startsAt) && moment.isBefore(endsAt);
	}

	public boolean hasAutoReply() {
		return !autoReply.isBlank();
	}
}
