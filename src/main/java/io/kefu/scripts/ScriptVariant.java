package io.kefu.scripts;

import org.jspecify.annotations.Nullable;

/**
 * The variant an agent sends next: variant {@code number} of {@code variants} (counted
 * from 1) of the script.
 */
public record ScriptVariant(ScriptId scriptId, @Nullable String code, int number, int variants, String text,
		@Nullable String image) {
}
