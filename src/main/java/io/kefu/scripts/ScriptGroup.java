package io.kefu.scripts;

import java.util.List;

/** A group of the library (问好, 议价 …) with its scripts, in the order agents see them. */
public record ScriptGroup(ScriptGroupId id, String name, int position, List<Script> scripts) {

	public ScriptGroup {
		scripts = List.copyOf(scripts);
	}

}
