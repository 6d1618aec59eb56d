package io.kefu.access;

import java.util.Optional;

/**
 * The accounts that sign in, looked up by id; the staff module owns them. A signed-in
 * session is checked against its account on every request, so that disabling an account,
 * changing its roles or its password ends its sessions at once.
 */
public interface Accounts {

	/**
	 * The account as it is now (perhaps disabled), or empty when there is no longer one.
	 */
	Optional<KefuUser> find(long agentId);

}
