package io.kefu.shop;

import java.time.Instant;

/** A campaign (活动) with its dates and the script agents use while it runs. */
public record Promotion(long id, ShopId shopId, String name, Instant startsAt, Instant endsAt, String script) {

	public boolean runsAt(Instant moment) {
		return !moment.isBefore(startsAt) && moment.isBefore(endsAt);
	}
}
