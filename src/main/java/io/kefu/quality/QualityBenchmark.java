package io.kefu.quality;

import java.util.Map;

/**
 * Measures the rule engine on a shop's stored history: its threads cut into receptions
 * per business day and agent, inspected by the engine with the Aho–Corasick automaton
 * and, side by side in the same run, by the same engine with a loop of {@code indexOf}
 * per word, the baseline.
 */
public interface QualityBenchmark {

	Result run(long shopId, int rounds);

	/**
	 * @param loadSeconds reading the messages and orders and cutting receptions (not part
	 * of the engine's time)
	 * @param automatonSeconds one pass of the engine over every reception (the median of
	 * the rounds)
	 * @param automatonMatchingSeconds matching the word lists alone over the same agent
	 * messages (the median)
	 * @param naiveSeconds the baseline engine's pass (the median)
	 * @param naiveMatchingSeconds the baseline's matching alone (the median)
	 * @param disagreements receptions on which the two engines' inspections differ (none
	 * when they agree)
	 * @param hitsPer100 each rule's hits per 100 receptions
	 * @param storedReceptions the figures' receptions inspected and stored as the
	 * application does it: read from the database, inspected, written
	 * @param storedSeconds the time that took, end to end, once
	 */
	record Result(long receptions, long messages, long agentMessages, double loadSeconds, double automatonSeconds,
			double automatonMatchingSeconds, double naiveSeconds, double naiveMatchingSeconds, long disagreements,
			double averageScore, Map<Rule, Double> hitsPer100, long storedReceptions, double storedSeconds) {

		public Result {
			hitsPer100 = Map.copyOf(hitsPer100);
		}

		public double receptionsPerSecond() {
			return receptions / automatonSeconds;
		}

		public double naiveReceptionsPerSecond() {
			return receptions / naiveSeconds;
		}

	}

}
