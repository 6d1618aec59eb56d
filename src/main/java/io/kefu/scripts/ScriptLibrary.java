package io.kefu.scripts;

import java.util.List;

/** A shop's scripts. */
public interface ScriptLibrary {

	/**
	 * Adds quick phrases to the shop's library: groups are created by name, a phrase with
	 * a known shortcut code becomes another variant of that script, and a phrase already
	 * in the library changes nothing.
	 * @return for each phrase, whether it was added
	 */
	List<Boolean> addPhrases(long shopId, List<QuickPhrase> phrases);

	/** How many variants the shop's library holds, over all its scripts. */
	long countVariants(long shopId);

}
