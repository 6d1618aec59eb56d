package io.kefu.reception;

import java.time.Instant;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * When the agents were at the desk, from every change of their presence. At the desk
 * means {@code ONLINE} or {@code BUSY}: taking buyers or finishing conversations.
 * {@code AWAY} (by choice, or set by Kefu when the agent's page has gone) and
 * {@code OFFLINE} (signed out) are away from it, so a break is a gap between two spans.
 */
public interface PresenceHistory {

	/**
	 * The spans at the desk that overlap the period from {@code from} to {@code to}, cut
	 * to it and to now, ordered by agent and time.
	 * @param agent one agent, or null for everyone of the shop
	 */
	List<PresenceSpan> of(ShopId shop, @Nullable AgentId agent, Instant from, Instant to);

	/**
	 * When the shop's history begins: its first recorded change, empty when nobody of the
	 * shop has ever been at the desk (before then, or without live chat, nothing tells
	 * whether an agent was there).
	 */
	java.util.Optional<Instant> since(ShopId shop);

}
