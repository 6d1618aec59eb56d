package io.kefu.followup;

/** No follow-up has that id. */
public class UnknownFollowupException extends RuntimeException {

	public UnknownFollowupException(FollowupId id) {
		super("No follow-up " + id);
	}

}
