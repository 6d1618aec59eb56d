package io.kefu.ingest.internal;

import java.time.LocalDateTime;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.staff.AgentAccount;

import org.jspecify.annotations.Nullable;

/**
 * A chat record's message once Kefu knows its sides: the buyer of the conversation, the
 * direction, the kind and, for the shop's messages, the sub-account that sent it.
 */
record ChatMessage(long line, String buyerNick, Direction direction, MessageKind kind, @Nullable AgentAccount agent,
		LocalDateTime sentAt, String content) {
}
