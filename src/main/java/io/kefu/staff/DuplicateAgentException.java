package io.kefu.staff;

/**
 * A nickname already used in the shop, or a username already taken; usernames are one
 * account whatever their case, so {@code ADMIN} is taken when {@code admin} exists.
 */
public class DuplicateAgentException extends RuntimeException {

	private final String nickname;

	private final boolean usernameTaken;

	public DuplicateAgentException(String nickname, String username) {
		this(nickname, username, false);
	}

	private DuplicateAgentException(String nickname, String username, boolean usernameTaken) {
		super(usernameTaken ? "The username " + username + " is already taken (usernames ignore case)" : "The nickname "
				+ nickname + (username.isEmpty() ? "" : " or the username " + username) + " is already taken");
		this.nickname = nickname;
		this.usernameTaken = usernameTaken;
	}

	/** The username is taken, in this or another case. */
	public static DuplicateAgentException username(String nickname, String username) {
		return new DuplicateAgentException(nickname, username, true);
	}

	public String nickname() {
		return nickname;
	}

	public boolean usernameTaken() {
		return usernameTaken;
	}

}
