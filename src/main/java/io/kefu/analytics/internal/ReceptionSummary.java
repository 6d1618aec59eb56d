package io.kefu.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import io.kefu.analytics.FigureSettings;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;

/**
 * A reception reduced to the sums its figures are added up from, so that a month of a
 * busy shop adds up without reading its runs.
 *
 * @param firstResponseSeconds the response time of its earliest run, when answered
 * @param windowRuns runs whose first message falls in the service window
 * @param windowRunsWithinThreeMinutes of those, the ones answered within 180 s
 * @param slowRuns answered runs slower than the slow threshold
 * @param humanMessages the agent's human messages in the reception, grace included
 * @param graceMessages of those, the ones sent in the grace after the day
 */
record ReceptionSummary(long agent, long buyerId, LocalDate day, Instant firstInAt, boolean inquiry, int runs,
		int answeredRuns, double responseSeconds, @Nullable Double firstResponseSeconds, int windowRuns,
		int windowRunsWithinThreeMinutes, int slowRuns, int inMessages, int humanMessages, int graceMessages) {

	private static final double THREE_MINUTES = 180;

	static ReceptionSummary of(Reception reception, Shop shop, FigureSettings settings) {
		double slow = QuestionRun.seconds(settings.slowThreshold());
		int answered = 0;
		double response = 0;
		int window = 0;
		int fast = 0;
		int slowRuns = 0;
		for (QuestionRun run : reception.runs()) {
			Double seconds = run.responseSeconds();
			if (seconds != null) {
				answered++;
				response += seconds;
				if (seconds > slow) {
					slowRuns++;
				}
			}
			if (inServiceWindow(run.firstAt(), shop, settings)) {
				window++;
				if (seconds != null && seconds <= THREE_MINUTES) {
					fast++;
				}
			}
		}
		return new ReceptionSummary(reception.agent(), reception.buyerId(), reception.day(), reception.firstInAt(),
				reception.inquiry(), reception.runs().size(), answered, response,
				reception.earliestRun().responseSeconds(), window, fast, slowRuns, reception.inMessages(),
				reception.humanMessageTimes().size(), reception.graceMessages());
	}

	static boolean inServiceWindow(Instant at, Shop shop, FigureSettings settings) {
		LocalTime time = at.atZone(shop.timeZone()).toLocalTime();
		return !time.isBefore(settings.serviceStart()) && time.isBefore(settings.serviceEnd());
	}

	ReceptionSummary classified(boolean isInquiry) {
		return new ReceptionSummary(agent, buyerId, day, firstInAt, isInquiry, runs, answeredRuns, responseSeconds,
				firstResponseSeconds, windowRuns, windowRunsWithinThreeMinutes, slowRuns, inMessages, humanMessages,
				graceMessages);
	}

	boolean replied() {
		return answeredRuns > 0;
	}

}
