package io.kefu.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.shop.ShopId;

/** The people of every shop and their accounts. */
public interface Staff {

	List<Agent> inShop(ShopId shopId);

	Optional<Agent> find(AgentId id);

	Optional<Agent> findByUsername(String username);

	Optional<Agent> findByNickname(ShopId shopId, String nickname);

	/**
	 * Adds an agent to a shop; with a username and password the agent can sign in (the
	 * password is stored as a BCrypt hash).
	 */
	Agent hire(ShopId shopId, AgentDraft draft, Optional<Credentials> credentials);

	Agent revise(AgentId id, AgentDraft draft);

	/**
	 * The agents behind sub-account nicknames seen in imported chat records, created on
	 * first sight with the nickname as their name, no role and no log-in, for a
	 * supervisor to complete.
	 * @return the id of every nickname
	 */
	Map<String, AgentId> recogniseNicknames(ShopId shopId, Set<String> nicknames);

	/** Lets an account work in a shop besides its own. */
	void grantShop(AgentId id, ShopId shopId);

	/** A username and the password as typed. */
	record Credentials(String username, String password) {
	}

}
