package io.kefu.staff;

/** A password change refused, and why; nothing was changed. */
public class PasswordRejectedException extends RuntimeException {

	private final PasswordPolicy.Reason reason;

	public PasswordRejectedException(PasswordPolicy.Reason reason) {
		super(reason.explanation());
		this.reason = reason;
	}

	public PasswordPolicy.Reason reason() {
		return reason;
	}

	/** The field of a change request it concerns: the current password or the new one. */
	public String field() {
		return reason == PasswordPolicy.Reason.WRONG_CURRENT ? "currentPassword" : "newPassword";
	}

}
