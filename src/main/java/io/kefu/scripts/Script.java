package io.kefu.scripts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A script of the library: its group, the shortcut code agents type as {@code /code}, the
 * buyer's question it answers ({@code title}), the words buyers use for it
 * ({@code keywords}) and its variants in the order they are used in turn.
 */
public record Script(ScriptId id, ScriptGroupId groupId, String groupName, @Nullable String code,
		@Nullable String title, List<String> keywords, List<Variant> variants, boolean team) {

	public Script {
		keywords = List.copyOf(keywords);
		variants = List.copyOf(variants);
		if (variants.isEmpty()) {
			throw new IllegalArgumentException("Script " + id + " has no text");
		}
	}

	/** The text of the first variant, which stands for the script in lists. */
	public String text() {
		return variants.get(0).text();
	}

	/** One wording of the script, with the image Qianniu may attach to a quick phrase. */
	public record Variant(String text, @Nullable String image) {
	}

}
