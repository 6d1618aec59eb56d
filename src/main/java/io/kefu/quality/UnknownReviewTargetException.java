package io.kefu.quality;

/**
 * The reception, hit, message or feedback a review names is not there (not inspected, not
 * of this shop, or the period was inspected again without it).
 */
public class UnknownReviewTargetException extends RuntimeException {

	public UnknownReviewTargetException(String message) {
		super(message);
	}

}
