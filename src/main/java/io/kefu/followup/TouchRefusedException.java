package io.kefu.followup;

/** A touch the sequence does not allow now, and why. */
public class TouchRefusedException extends RuntimeException {

	private final Refusal refusal;

	public TouchRefusedException(Refusal refusal, String message) {
		super(message);
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return refusal;
	}

	/**
	 * Why a touch was refused. Some are the request's fault (a wrong channel or outcome,
	 * a missing or unknown reason); the others are the task's state or the time of day.
	 */
	public enum Refusal {

		/**
		 * The task has its outcome: the order was paid or cancelled, or the sequence
		 * ended.
		 */
		CLOSED(false),
		/** All four touches were made. */
		SEQUENCE_ENDED(false),
		/** The task is not due yet. */
		NOT_DUE(false),
		/** A message outside the message window. */
		OUTSIDE_MESSAGE_WINDOW(false),
		/** A call outside the call windows. */
		OUTSIDE_CALL_WINDOW(false),
		/** The step needs the other channel: ①②④ are messages, ③ a call. */
		WRONG_CHANNEL(true),
		/** The outcome belongs to the other channel. */
		WRONG_OUTCOME(true),
		/** The last touch ends the sequence unpaid, and that needs the buyer's reason. */
		REASON_REQUIRED(true),
		/** The reason is not in the shop's list. */
		UNKNOWN_REASON(true),
		/** 其他 needs the reason in words. */
		NOTE_REQUIRED(true);

		private final boolean requestFault;

		Refusal(boolean requestFault) {
			this.requestFault = requestFault;
		}

		/**
		 * The request itself is wrong (400), rather than the moment or the task (409).
		 */
		public boolean requestFault() {
			return requestFault;
		}

	}

}
