package io.kefu.reception;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * Buyers the shop plays itself (training's mystery shopper, 神秘顾客): a buyer whose every
 * conversation goes straight to one named agent, certified or not and whatever their cap,
 * and who writes through the server, never through a browser, so no token leaves it. The
 * agent sees an ordinary buyer in the workbench; each of the agent's replies to such a
 * buyer is announced with {@link DirectedReply} after it is stored.
 */
public interface DirectedChat {

	/**
	 * A new buyer of the shop, named after the nickname with a random suffix like any
	 * visitor, directed to the agent.
	 * @throws io.kefu.shop.UnknownShopException when there is no such shop
	 */
	BuyerId startBuyer(ShopId shop, String nickname, AgentId agent);

	/**
	 * The buyer's message, into their open conversation or a new one given to their agent
	 * at once.
	 * @throws IllegalArgumentException when the buyer is not a directed buyer of the shop
	 * @throws InvalidChatInputException for a blank or over-long content
	 */
	ChatMessage send(ShopId shop, BuyerId buyer, String content, @Nullable SkillGroup skillGroup);

	/**
	 * The messages of one of the buyer's conversations (by default the current one), from
	 * the first.
	 */
	VisitorTranscript transcript(ShopId shop, BuyerId buyer, @Nullable ConversationId conversation);

	/** Closes the buyer's open conversation, if any, with the usual closing line. */
	void close(ShopId shop, BuyerId buyer);

}
