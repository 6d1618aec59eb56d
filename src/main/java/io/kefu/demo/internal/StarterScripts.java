package io.kefu.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.ShopId;

/**
 * The demo shop's starter script library, read from {@code demo/scripts.txt}: groups in
 * brackets, a script as {@code 代码 | 标题 | 关键词 …} followed by its variants as {@code - 文本}
 * lines. Like the catalogue, the Chinese text lives in a resource a shop person can edit.
 */
final class StarterScripts {

	private static final String RESOURCE = "/demo/scripts.txt";

	private StarterScripts() {
	}

	/** Puts the starter library into the shop's (empty) library. */
	static void addTo(ScriptLibrary library, long shopId) {
		for (Group group : read()) {
			ScriptGroup stored = library.addGroup(ShopId.of(shopId), group.name());
			group.scripts().forEach(script -> library.add(ShopId.of(shopId), script.draft(stored.id())));
		}
	}

	static List<Group> read() {
		try (InputStream in = StarterScripts.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Group> parse(String text) {
		List<Group> groups = new ArrayList<>();
		List<Starter> scripts = null;
		List<String> variants = null;
		for (String line : text.lines().map(String::strip).toList()) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				scripts = new ArrayList<>();
				groups.add(new Group(line.substring(1, line.length() - 1).strip(), scripts));
			}
			else if (line.startsWith("- ") && variants != null) {
				variants.add(line.substring(2).strip());
			}
			else if (scripts != null) {
				String[] head = line.split("\\|", 3);
				if (head.length < 3) {
					throw new IllegalStateException(RESOURCE + ": not 代码 | 标题 | 关键词: " + line);
				}
				variants = new ArrayList<>();
				scripts.add(new Starter(head[0].strip(), head[1].strip(),
						Arrays.stream(head[2].strip().split("\\s+")).filter(word -> !word.isEmpty()).toList(),
						variants));
			}
			else {
				throw new IllegalStateException(RESOURCE + ": a script before its group: " + line);
			}
		}
		return groups;
	}

	record Group(String name, List<Starter> scripts) {
	}

	record Starter(String code, String title, List<String> keywords, List<String> variants) {

		ScriptDraft draft(ScriptGroupId group) {
			return new ScriptDraft(group, code, title, keywords, variants);
		}
	}

}
