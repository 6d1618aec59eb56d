package io.kefu.reception;

import java.time.Instant;
import java.util.List;

import io.kefu.shop.ShopId;

/**
 * The auto-replies (自动回复) sent from agents' accounts, for the modules that judge how
 * agents used them.
 */
public interface AutoReplies {

	/**
	 * The auto-replies sent from an agent's account in the period ({@code from} included,
	 * {@code to} not), by time, then arrival.
	 */
	List<AutoReply> sentBetween(ShopId shopId, Instant from, Instant to);

}
