package io.kefu.reception;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * The buyer's side of live chat: a signed session, messages numbered within each
 * conversation, reading what was missed, and the offline-message form.
 */
public interface VisitorChat {

	/** Maximum length of a chat message, in characters. */
	int MAX_MESSAGE_LENGTH = 2000;

	/**
	 * A new visitor of the shop: a buyer row (named after the nickname, made unique, or
	 * 访客 with a random suffix) and a signed token.
	 * @param address where the request came from: each address may open only so many
	 * sessions in a while, and have only so many buyers in a shop's queue
	 * @throws io.kefu.shop.UnknownShopException when there is no such shop
	 * @throws AddressLimitException when the address opened too many sessions lately
	 * @throws InvalidChatInputException for an over-long nickname or one with control
	 * characters
	 */
	VisitorSession startSession(ShopId shopId, @Nullable String nickname, ClientAddress address);

	/**
	 * The visitor a token names.
	 * @throws InvalidVisitorTokenException when it is malformed, forged or expired
	 */
	Visitor verify(String token);

	/**
	 * Stores a buyer's message in their open conversation, opening one (and routing it)
	 * when there is none. A {@code clientId} already stored for this buyer returns the
	 * stored message again instead of a second one.
	 * @param skillGroup the buyer's choice (售前/售后); used when the message opens a
	 * conversation or while it is still in the queue, else ignored
	 * @throws ThrottledException over 5 messages a second
	 * @throws AddressLimitException when the message would queue one more buyer of an
	 * address that has as many waiting in the shop's queue as it may
	 * @throws InvalidChatInputException for a blank or over-long content or a malformed
	 * client id
	 */
	ChatMessage send(Visitor visitor, @Nullable String clientId, @Nullable String content,
			@Nullable SkillGroup skillGroup);

	/**
	 * The messages after {@code afterSeq} of one of the visitor's conversations, by
	 * default the current one.
	 * @throws ConversationNotFoundException when the conversation is not the visitor's
	 */
	VisitorTranscript transcript(Visitor visitor, @Nullable ConversationId conversationId, int afterSeq);

	/**
	 * Leaves a message for the next agent on duty (留言); the conversation, if one is open
	 * and no agent has it, is closed.
	 */
	OfflineMessage leaveMessage(Visitor visitor, @Nullable String content, @Nullable String contact);

}
