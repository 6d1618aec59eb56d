package io.kefu.scripts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Builds scripts for tests: {@code Scripts.in("议价").code("yj").text("…").build()}. */
public final class Scripts {

	private static long ids = 1;

	private final String group;

	private @Nullable String code;

	private @Nullable String title;

	private List<String> keywords = List.of();

	private final List<Script.Variant> variants = new ArrayList<>();

	private Scripts(String group) {
		this.group = group;
	}

	public static Scripts in(String group) {
		return new Scripts(group);
	}

	public Scripts code(String code) {
		this.code = code;
		return this;
	}

	public Scripts title(String title) {
		this.title = title;
		return this;
	}

	public Scripts keywords(String... keywords) {
		this.keywords = Arrays.asList(keywords);
		return this;
	}

	public Scripts text(String... texts) {
		Arrays.stream(texts).forEach(text -> variants.add(new Script.Variant(text, null)));
		return this;
	}

	public Script build() {
		long id = ids++;
		return new Script(ScriptId.of(id), ScriptGroupId.of(Math.abs(group.hashCode()) + 1L), group, code, title,
				keywords, variants, true);
	}

}
