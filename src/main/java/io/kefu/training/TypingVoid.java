package io.kefu.training;

/**
 * Why a typing test was voided and recorded as cheating (docs/training.md, "Typing
 * test").
 */
public enum TypingVoid {

	/** The page saw text pasted or dropped into the box. */
	PASTE,
	/**
	 * One event committed more characters than an input method commits at once
	 * ({@link KeystrokeCheck#MAX_COMMIT}).
	 */
	OVERSIZED_COMMIT,
	/** The events' times go backwards or lie beyond the time the server measured. */
	TIMESTAMPS,
	/** The typed text holds characters no event committed. */
	UNCOVERED_TEXT,
	/**
	 * Characters came faster than a person types, over the attempt or a short stretch of
	 * it.
	 */
	IMPLAUSIBLE_RATE

}
