package io.kefu.ingest.internal;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One message as a chat record shows it, before Kefu decides who is agent and who is
 * buyer: the sender as written, the receiver when the record names one, the local time
 * and the text. {@code systemLine} marks what the client wrote itself (recalls,
 * transfers, assignments).
 */
record ChatLine(long line, String sender, @Nullable String receiver, LocalDateTime sentAt, String content,
		boolean systemLine) {
}
