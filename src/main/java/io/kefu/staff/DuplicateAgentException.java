package io.kefu.staff;

/** A nickname already used in the shop, or a username already taken. */
public class DuplicateAgentException extends RuntimeException {

	private final String nickname;

	public DuplicateAgentException(String nickname, String username) {
		super("The nickname " + nickname + (username.isEmpty() ? "" : " or the username " + username)
				+ " is already taken");
		this.nickname = nickname;
	}

	public String nickname() {
		return nickname;
	}

}
