package io.kefu.followup;

import java.time.LocalDate;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * Which of a shop's follow-ups to list.
 *
 * @param day the business day the followed-up thing happened (the order was placed); any
 * when null
 * @param agent the agent's tasks; every agent's when null
 * @param withUnassigned also the tasks nobody has yet (the group's), when listing an
 * agent's
 * @param limit at most this many, those due first
 */
public record FollowupQuery(ShopId shop, @Nullable LocalDate day, @Nullable AgentId agent, boolean withUnassigned,
		@Nullable FollowupKind kind, @Nullable FollowupStatus status, int limit) {

	public static FollowupQuery ofShop(ShopId shop) {
		return new FollowupQuery(shop, null, null, true, null, null, 500);
	}

	public FollowupQuery on(@Nullable LocalDate newDay) {
		return new FollowupQuery(shop, newDay, agent, withUnassigned, kind, status, limit);
	}

	public FollowupQuery of(@Nullable AgentId newAgent, boolean unassignedToo) {
		return new FollowupQuery(shop, day, newAgent, unassignedToo, kind, status, limit);
	}

	public FollowupQuery ofKind(@Nullable FollowupKind newKind) {
		return new FollowupQuery(shop, day, agent, withUnassigned, newKind, status, limit);
	}

	public FollowupQuery inStatus(@Nullable FollowupStatus newStatus) {
		return new FollowupQuery(shop, day, agent, withUnassigned, kind, newStatus, limit);
	}

}
