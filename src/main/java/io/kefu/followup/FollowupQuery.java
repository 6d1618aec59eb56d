package io.kefu.followup;

import java.time.LocalDate;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * Which of a shop's follow-ups to list.
 *
 * @param from the first business day the followed-up thing happened on (the order was
 * placed); any when null
 * @param to the last such day; any when null
 * @param agent the agent's tasks; every agent's when null
 * @param withUnassigned also the tasks nobody has yet (the group's), when listing an
 * agent's
 * @param limit at most this many, those due first
 */
public record FollowupQuery(ShopId shop, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable AgentId agent,
		boolean withUnassigned, @Nullable FollowupKind kind, @Nullable FollowupStatus status, int limit) {

	public static FollowupQuery ofShop(ShopId shop) {
		return new FollowupQuery(shop, null, null, null, true, null, null, 500);
	}

	public FollowupQuery on(@Nullable LocalDate day) {
		return between(day, day);
	}

	public FollowupQuery between(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
		return new FollowupQuery(shop, newFrom, newTo, agent, withUnassigned, kind, status, limit);
	}

	public FollowupQuery atMost(int newLimit) {
		return new FollowupQuery(shop, from, to, agent, withUnassigned, kind, status, newLimit);
	}

	public FollowupQuery of(@Nullable AgentId newAgent, boolean unassignedToo) {
		return new FollowupQuery(shop, from, to, newAgent, unassignedToo, kind, status, limit);
	}

	public FollowupQuery ofKind(@Nullable FollowupKind newKind) {
		return new FollowupQuery(shop, from, to, agent, withUnassigned, newKind, status, limit);
	}

	public FollowupQuery inStatus(@Nullable FollowupStatus newStatus) {
		return new FollowupQuery(shop, from, to, agent, withUnassigned, kind, newStatus, limit);
	}

}
