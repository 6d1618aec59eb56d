package io.kefu.reception;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * An auto-reply sent from an agent's account.
 *
 * @param previousReplyAt when the shop last wrote to the buyer before it (any OUT message
 * but a SYSTEM line: an agent's or an auto-reply), or null when it never had: what tells
 * a greeting on arrival from an auto-reply in the middle of a conversation
 */
public record AutoReply(long messageId, BuyerId buyerId, AgentId agentId, Instant sentAt,
		@Nullable Instant previousReplyAt) {
}
