package io.kefu.scripts;

import java.util.List;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A shop's scripts (话术库): groups in the order the supervisor set, scripts with their
 * shortcut codes and variants, the variant each agent sends next, and the scripts that
 * answer a buyer's message best. Every change is one transaction; ids of another shop's
 * library count as unknown.
 */
public interface ScriptLibrary {

	/** The most suggestions {@link #suggest} gives. */
	int MAX_SUGGESTIONS = 10;

	/**
	 * Adds quick phrases to the shop's library: groups are created by name, a phrase with
	 * a known shortcut code becomes another variant of that script, and a phrase already
	 * in the library changes nothing.
	 * @return for each phrase, whether it was added
	 */
	List<Boolean> addPhrases(ShopId shopId, List<QuickPhrase> phrases);

	/** How many variants the shop's library holds, over all its scripts. */
	long countVariants(ShopId shopId);

	/** The shop's groups in order, each with its scripts in the order they were added. */
	List<ScriptGroup> groups(ShopId shopId);

	Optional<Script> find(ShopId shopId, ScriptId id);

	Optional<Script> findByCode(ShopId shopId, String code);

	/**
	 * Adds a group after the last one.
	 * @throws RejectedChangeException on {@code name} when the shop has a group of that
	 * name
	 */
	ScriptGroup addGroup(ShopId shopId, String name);

	/**
	 * Renames a group and moves it to {@code position} (0 is the first; beyond the last
	 * means last), shifting the groups between; without a position it stays in place.
	 * @throws ScriptNotFoundException when the shop has no such group
	 * @throws RejectedChangeException on {@code name} when another group has that name
	 */
	ScriptGroup reviseGroup(ShopId shopId, ScriptGroupId id, String name, @Nullable Integer position);

	/**
	 * @throws GroupNotEmptyException while the group holds scripts
	 * @throws ScriptNotFoundException when the shop has no such group
	 */
	void removeGroup(ShopId shopId, ScriptGroupId id);

	/**
	 * Adds a script to one of the shop's groups; the draft has been validated.
	 * @throws RejectedChangeException on {@code code} when the shortcut code is taken, on
	 * {@code groupId} when the shop has no such group
	 */
	Script add(ShopId shopId, ScriptDraft draft);

	/**
	 * Replaces a script's group, code, title, keywords and variants. The agents' turns
	 * carry on from where they were.
	 * @throws RejectedChangeException on {@code code} when another script has the code,
	 * on {@code groupId} when the shop has no such group
	 * @throws ScriptNotFoundException when the shop has no such script
	 */
	Script revise(ShopId shopId, ScriptId id, ScriptDraft draft);

	/**
	 * @throws ScriptNotFoundException when the shop has no such script
	 */
	void remove(ShopId shopId, ScriptId id);

	/**
	 * Scripts whose shortcut code starts with the query or whose title, keywords, group
	 * name or any variant contains it, ignoring case; a query starting with {@code /}
	 * matches codes only. An exact code comes first, then the library's order.
	 */
	List<Script> search(ShopId shopId, String query);

	/**
	 * The variant the agent sends next of the script with this shortcut code (with or
	 * without its slash): variant 1, then 2, then 3, then 1 again, counted per agent and
	 * kept in the database.
	 * @throws ScriptNotFoundException when no script of the shop has the code
	 */
	ScriptVariant nextVariant(ShopId shopId, String code, AgentId agentId);

	/** As {@link #nextVariant(long, String, long)}, for a script by id. */
	ScriptVariant nextVariant(ShopId shopId, ScriptId id, AgentId agentId);

	/**
	 * Up to {@code limit} scripts (at most {@link #MAX_SUGGESTIONS}) that answer the
	 * buyer's message best, by Chinese text matching over their titles, keywords, texts
	 * and group names ({@link ScriptMatcher}); none when nothing in the message matches.
	 */
	List<ScriptSuggestion> suggest(ShopId shopId, String buyerText, int limit);

}
