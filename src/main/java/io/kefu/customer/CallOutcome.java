package io.kefu.customer;

/** How a phone call ended. */
public enum CallOutcome {

	REACHED, NO_ANSWER, BUSY, WRONG_NUMBER, CALL_BACK

}
