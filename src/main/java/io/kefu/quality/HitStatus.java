package io.kefu.quality;

/** What became of a hit after review. */
public enum HitStatus {

	/** As the rules found it. */
	STANDING,

	/** A supervisor marked it a false positive; it takes no points. */
	WRONG,

	/** The agent disputed it; it counts until a supervisor settles the dispute. */
	DISPUTED,

	/** A supervisor kept it after the agent's dispute. */
	UPHELD,

	/** A supervisor agreed with the agent's dispute; it takes no points. */
	OVERTURNED;

	/** Whether the hit takes its weight from the score. */
	public boolean counts() {
		return this != WRONG && this != OVERTURNED;
	}

}
