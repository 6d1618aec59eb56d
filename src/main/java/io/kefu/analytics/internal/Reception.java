package io.kefu.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One agent receiving one buyer on one business day (接待): the question runs the agent
 * owns that day and the agent's human messages to the buyer from the start of the day to
 * its end plus the grace.
 *
 * @param humanMessageTimes when the agent's human messages were sent, in order
 * @param graceMessages how many of them were sent in the grace, after the day ended (they
 * also belong to the next day's reception of the same agent and buyer, if there is one)
 * @param inquiry whether the reception is an inquiry (询单), not an in-sale or after-sale
 * consultation
 */
record Reception(long agent, long buyerId, LocalDate day, List<QuestionRun> runs, List<Instant> humanMessageTimes,
		int graceMessages, boolean inquiry) {

	Reception {
		runs = List.copyOf(runs);
		humanMessageTimes = List.copyOf(humanMessageTimes);
		if (runs.isEmpty()) {
			throw new IllegalArgumentException("A reception has at least one question run");
		}
	}

	Instant firstInAt() {
		return earliestRun().firstAt();
	}

	QuestionRun earliestRun() {
		return runs.stream().min(Comparator.comparing(QuestionRun::firstAt)).orElseThrow();
	}

	int inMessages() {
		return runs.stream().mapToInt(QuestionRun::messages).sum();
	}

	boolean replied() {
		return runs.stream().anyMatch(QuestionRun::answered);
	}

	/** Whether every buyer message of the reception is a card: an empty chat. */
	boolean emptyChat() {
		return runs.stream().allMatch(QuestionRun::allCards);
	}

	Reception classified(boolean isInquiry) {
		return new Reception(agent, buyerId, day, runs, humanMessageTimes, graceMessages, isInquiry);
	}

}
