package io.kefu.scripts;

import org.jspecify.annotations.Nullable;

/**
 * A quick phrase as Qianniu keeps it: its group, an optional shortcut code, the text, an
 * optional image and whether it is shared with the team. Phrases that share a shortcut
 * code are variants of one script.
 */
public record QuickPhrase(String group, @Nullable String shortcutCode, String text, @Nullable String image,
		boolean team) {

	public QuickPhrase {
		if (group.isBlank() || text.isBlank()) {
			throw new IllegalArgumentException("A quick phrase has a group and a text");
		}
		shortcutCode = shortcutCode == null || shortcutCode.isBlank() ? null : shortcutCode.strip();
		image = image == null || image.isBlank() ? null : image.strip();
	}
}
