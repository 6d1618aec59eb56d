package io.kefu.scripts;

/**
 * A script suggested as the reply to a buyer's message, with its BM25 score (higher is a
 * closer match; comparable only within one suggestion list).
 */
public record ScriptSuggestion(Script script, double score) {

	/**
	 * How close this match is to the best of its list, as a whole percentage (the best is
	 * 100): a BM25 score means nothing on its own.
	 */
	public int percentOf(double best) {
		return best <= 0 ? 0 : (int) Math.round(Math.min(1, score / best) * 100);
	}

}
