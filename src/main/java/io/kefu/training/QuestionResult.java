package io.kefu.training;

/**
 * How a question fared across the shop's answered quizzes: how often it was asked and
 * missed (a wrong option or none), with its latest wording and source.
 */
public record QuestionResult(String key, String text, QuestionSource source, int asked, int missed) {

	/** The share missed, 0–1. */
	public double missedShare() {
		return asked == 0 ? 0 : (double) missed / asked;
	}

	/** The share missed in whole percent. */
	public int missedPercent() {
		return asked == 0 ? 0 : missed * 100 / asked;
	}

}
