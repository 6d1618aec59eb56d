package io.kefu.analytics;

import java.time.Instant;
import java.util.List;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

/**
 * A reception with its question runs, the orders credited through it and the messages of
 * its day.
 */
public record ReceptionDetail(ReceptionLine reception, List<Run> runs, List<OrderLine> orders,
		List<TranscriptLine> transcript) {

	public ReceptionDetail {
		runs = List.copyOf(runs);
		orders = List.copyOf(orders);
		transcript = List.copyOf(transcript);
	}

	/**
	 * @param slow whether the answer came later than the slow threshold
	 * @param inServiceWindow whether the run counts in the three-minute rate
	 */
	public record Run(Instant firstAt, Instant lastAt, int messages, @Nullable Instant answeredAt,
			@Nullable Double responseSeconds, boolean slow, boolean inServiceWindow) {
	}

	/**
	 * A message of the buyer's thread on the reception's day (and its grace).
	 *
	 * @param messageId the stored message, which inspection hits and notes point at
	 */
	public record TranscriptLine(long messageId, Instant sentAt, Direction direction, MessageKind kind,
			@Nullable String agent, String content, boolean ofThisReception) {
	}

}
