package io.kefu.access;

/**
 * Counts failed password checks by username and by address and refuses further attempts
 * for a while after too many: sign-in on the pages, HTTP Basic on the API and the current
 * password given to change it all go through it. It answers the same for a username that
 * does not exist, so a refusal never tells whether an account does.
 */
public interface SignInThrottle {

	/**
	 * @throws SignInLockedException when the username or the address is locked
	 */
	void checkAllowed(String username, String address);

	void failed(String username, String address);

	void succeeded(String username);

}
