package io.kefu.quality.internal;

import java.time.LocalDateTime;
import java.util.List;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.TranscriptMessage;

import org.jspecify.annotations.Nullable;

/**
 * What the rules on the whole reception gather from the agent's messages as they pass:
 * whether the first one greeted, how often 我 and 我们 were said, whether the agent closed
 * and whether the order's details were confirmed after the order.
 */
final class ReceptionTally {

	/**
	 * A greeting opens the first message: 亲爱的 further in addresses the buyer but does not
	 * greet them.
	 */
	static final int GREETING_REACH = 12;

	private final @Nullable LocalDateTime order;

	private int first = -1;

	private int last = -1;

	private boolean greeted;

	private int lonelyI;

	private int we;

	private int lastI = -1;

	private boolean closed;

	private boolean verified;

	ReceptionTally(@Nullable LocalDateTime order) {
		this.order = order;
	}

	void add(int i, TranscriptMessage message, MessageScan scan) {
		if (first < 0) {
			first = i;
			greeted = scan.anyStartingWithin(Rule.NO_GREETING, GREETING_REACH);
		}
		else {
			// a greeting's 很高兴为您服务 is no farewell
			closed |= scan.any(Rule.NO_FAREWELL);
		}
		last = i;
		int saidI = scan.count(Rule.I_NOT_WE);
		if (saidI > 0) {
			lonelyI += saidI;
			lastI = i;
		}
		we += scan.countCounterWords(Rule.I_NOT_WE);
		if (order != null && message.sentAt() != null && !message.sentAt().isBefore(order)) {
			verified |= scan.any(Rule.NO_VERIFICATION);
		}
	}

	/**
	 * Reception-level hits point at the agent message that completes them: the first
	 * message for the greeting, the last 我 for 我 and 我们, the agent's last message for a
	 * missing closing or confirmation.
	 */
	void conclude(List<QuestionRun> runs, InspectionSettings settings, InspectionEngine.Hits hits) {
		if (first < 0) {
			return;
		}
		if (!greeted) {
			hits.add(Rule.NO_GREETING, first);
		}
		if (lonelyI >= settings.minimumI() && lonelyI > we) {
			hits.add(Rule.I_NOT_WE, lastI);
		}
		long answered = runs.stream().filter(QuestionRun::isAnswered).count();
		if (answered >= 2 && !closed) {
			hits.add(Rule.NO_FAREWELL, last);
		}
		if (order != null && !verified) {
			hits.add(Rule.NO_VERIFICATION, last);
		}
	}

}
