package io.kefu.staff;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password someone chooses must be (docs/decisions.md, "Sign-in and sessions"): at
 * least 12 characters, as OWASP ASVS 4 level 2 asks (2.1.1), and at most 72 bytes in
 * UTF-8, all that BCrypt reads (about 72 Latin or 24 Chinese characters); not the
 * username. Any character may be used, spaces and Chinese included; no composition rules
 * (ASVS 2.1.9).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** Why {@code password} may not be {@code username}'s new password, if it may not. */
	public static Optional<Reason> check(String username, String password) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(Reason.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Reason.TOO_LONG);
		}
		if (password.strip().equalsIgnoreCase(username.strip())) {
			return Optional.of(Reason.SAME_AS_USERNAME);
		}
		return Optional.empty();
	}

	/**
	 * Why a password change is refused; each has a message {@code password.rejected.*}.
	 */
	public enum Reason {

		WRONG_CURRENT("The current password is wrong"),

		TOO_SHORT("A password has at least " + MIN_LENGTH + " characters"),

		TOO_LONG("A password has at most " + MAX_BYTES + " bytes in UTF-8 (24 Chinese characters)"),

		SAME_AS_USERNAME("A password may not be the username"),

		UNCHANGED("The new password is the current one");

		private final String explanation;

		Reason(String explanation) {
			this.explanation = explanation;
		}

		public String explanation() {
			return explanation;
		}

	}

}
