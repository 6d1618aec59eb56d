package io.kefu.reception;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * 交接: a note an agent leaving a shift wrote about a buyer's open case, for the next
 * shift; open until someone marks it taken care of ({@code doneAt}).
 */
public record ShiftNote(long id, long buyerId, String buyerNick, @Nullable Long conversationId, @Nullable String author,
		String note, Instant writtenAt, @Nullable String doneBy, @Nullable Instant doneAt) {
}
