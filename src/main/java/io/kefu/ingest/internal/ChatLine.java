package io.kefu.ingest.internal;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One message as a chat record shows it, before Kefu decides who is agent and who is
 * buyer: the sender as written, the receiver when the record names one, the local time
 * and the text. {@code systemLine} marks what the client wrote itself (recalls,
 * transfers, assignments); {@code side} is the sender's side when the record says it
 * (layout C's role words), else null and decided from the sender's name.
 */
record ChatLine(long line, String sender, @Nullable String receiver, LocalDateTime sentAt, String content,
		boolean systemLine, @Nullable Side side) {

	ChatLine(long line, String sender, @Nullable String receiver, LocalDateTime sentAt, String content,
			boolean systemLine) {
		this(line, sender, receiver, sentAt, content, systemLine, null);
	}

	/** Who speaks in a chat: the buyer or the shop. */
	enum Side {

		BUYER, SHOP

	}

}
