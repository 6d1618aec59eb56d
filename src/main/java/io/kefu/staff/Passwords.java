package io.kefu.staff;

import io.kefu.access.SignInLockedException;
import io.kefu.shop.ShopId;

/**
 * Sign-in passwords: everyone changes their own with the current one; an administrator
 * resets another's to a generated one that must be changed at the next sign-in. Either
 * ends the account's other sessions ({@link AccountAccessChanged}).
 */
public interface Passwords {

	/**
	 * Changes the account's password. A wrong current password counts as a failed sign-in
	 * of the account from {@code address}.
	 * @throws PasswordRejectedException when the current password is wrong or the new one
	 * breaks {@link PasswordPolicy}
	 * @throws SignInLockedException when too many failures lock the account or address
	 * @throws IllegalArgumentException when the agent has no sign-in account
	 */
	void change(AgentId id, String currentPassword, String newPassword, String address);

	/**
	 * Gives the account a generated password that it must change at its next sign-in.
	 * @return the generated password, to hand to the person once; it is not kept
	 * @throws IllegalArgumentException when the agent has no sign-in account
	 */
	String reset(AgentId id);

	/**
	 * Replaces a password everybody knows (the demo accounts') on the shop's accounts
	 * that still have it with a generated one nobody is told: they sign in again only
	 * after an administrator resets them.
	 * @return how many accounts had it
	 */
	int retirePublicPassword(ShopId shopId, String publicPassword);

}
