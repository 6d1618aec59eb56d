package io.kefu.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * Measures the figures on a shop's stored history: recomputing every fact, recomputing
 * one day, answering the dashboard's request from the facts, and, in the same run, a
 * straightforward SQL implementation (window functions) of the reception figures, checked
 * to agree.
 */
public interface FigureBenchmark {

	Result run(long shopId);

	/**
	 * @param fullSeconds recomputing the facts of every day
	 * @param daySeconds recomputing one day (the median of three)
	 * @param teamSeconds the team figures of the whole range from the facts (the median
	 * of five)
	 * @param sqlSeconds the SQL baseline over the same range
	 * @param disagreements per agent, where the SQL baseline and the facts differ (none
	 * when they agree)
	 */
	record Result(LocalDate from, LocalDate to, long messages, long orders, long receptions, double fullSeconds,
			double daySeconds, double teamSeconds, double sqlSeconds, long peakHeapBytes, List<String> disagreements) {

		public Result {
			disagreements = List.copyOf(disagreements);
		}

	}

}
