package io.kefu.scripts;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A script as a supervisor enters or edits it, validated before anything is stored. The
 * shortcut code is typed after a slash in the chat box, so it holds neither spaces nor
 * slashes; it must be unique in the shop, which only the library can tell. Variants stay
 * as given (a blank one is an error, not dropped), so that an error names the variant the
 * caller sent.
 */
public record ScriptDraft(@NotNull @Nullable ScriptGroupId groupId,
		@Size(max = 20) @Pattern(regexp = "[^\\s/]+", message = "{script.code.pattern}") @Nullable String code,
		@Size(max = 60) @Nullable String title,
		@Size(max = 30) List<@NotBlank @Size(max = 20) @Pattern(regexp = "\\S+",
				message = "{script.keyword.pattern}") String> keywords,
		@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> variants) {

	public ScriptDraft {
		code = blankToNull(code);
		title = blankToNull(title);
		keywords = keywords == null ? List.of()
				: keywords.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
		variants = variants == null ? List.of()
				: variants.stream().map(text -> text == null ? "" : text.strip()).toList();
	}

	@AssertTrue(message = "{script.variants.duplicate}")
	public boolean isVariantsDistinct() {
		Set<String> texts = new HashSet<>();
		return variants.stream().filter(text -> !text.isEmpty()).allMatch(texts::add);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
