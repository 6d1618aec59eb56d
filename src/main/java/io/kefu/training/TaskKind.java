package io.kefu.training;

/** What a day's task of a training plan asks of the trainee or the trainer. */
public enum TaskKind {

	/** Read a curriculum page. */
	READ,
	/** Take a quiz built from the shop's catalogue. */
	QUIZ,
	/** Take a typing test. */
	TYPING,
	/** Read a senior agent's live transcripts. */
	SHADOW,
	/** Receive real buyers with a mentor. */
	SUPERVISED_RECEPTION,
	/** The trainer reviews the trainee's transcripts. */
	TRANSCRIPT_REVIEW,
	/** A mystery-shopper session. */
	MYSTERY_SHOPPER,
	/** The trainer decides 上岗. */
	CERTIFICATION;

	/** Whether the trainer, not the trainee, does it. */
	public boolean trainersTask() {
		return this == TRANSCRIPT_REVIEW || this == MYSTERY_SHOPPER || this == CERTIFICATION;
	}

	/**
	 * Whether a passed test ticks it (or the trainer): the trainee cannot skip a quiz or
	 * a typing test by ticking it.
	 */
	public boolean passedByTest() {
		return this == QUIZ || this == TYPING;
	}

	/** Whether the trainee ticks it themself. */
	public boolean traineeMarks() {
		return !trainersTask() && !passedByTest();
	}

}
