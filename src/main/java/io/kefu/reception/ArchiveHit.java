package io.kefu.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message found in the archive: where it is (its conversation, buyer, agent and
 * business day) and a snippet of its text with the spans of the words searched
 * ({@code highlights}: [start, end) character offsets into {@code snippet}). Phones and
 * addresses in the snippet are masked.
 */
public record ArchiveHit(long conversationId, long buyerId, String buyerNick, @Nullable Long agentId,
		@Nullable String agent, LocalDate day, long messageId, Instant sentAt, Direction direction, String snippet,
		boolean cutBefore, boolean cutAfter, List<int[]> highlights) {

	public ArchiveHit {
		highlights = List.copyOf(highlights);
	}

}
