package io.kefu.appraisal;

/** A change the month's status does not allow now (409). */
public class AppraisalStateException extends RuntimeException {

	public AppraisalStateException(String message) {
		super(message);
	}

}
