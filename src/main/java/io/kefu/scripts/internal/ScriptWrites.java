package io.kefu.scripts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.kefu.scripts.QuickPhrase;
import io.kefu.scripts.RejectedChangeException;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptId;
import io.kefu.scripts.ScriptNotFoundException;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores scripts and their variants; every change raises the library's version. Runs
 * inside the library's transactions.
 */
@Component
class ScriptWrites {

	private final JdbcClient jdbc;

	private final ScriptReads reads;

	private final LibraryVersions versions;

	ScriptWrites(JdbcClient jdbc, ScriptReads reads, LibraryVersions versions) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.versions = versions;
	}

	void changed(long shopId) {
		versions.changed(shopId);
	}

	ScriptId add(long shopId, ScriptDraft draft) {
		ScriptGroupId group = lockedGroup(shopId, draft);
		Long id = jdbc.sql("""
				insert into script (shop_id, group_id, shortcut_code, title, keywords) values (?, ?, ?, ?, ?::text[])
				on conflict (shop_id, shortcut_code) where shortcut_code is not null do nothing returning id
				""")
			.params(shopId, group.value(), draft.code(), draft.title(), draft.keywords().toArray(String[]::new))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> codeTaken(Objects.requireNonNull(draft.code())));
		insertVariants(id, draft.variants(), Map.of());
		versions.changed(shopId);
		return ScriptId.of(id);
	}

	void revise(long shopId, ScriptId id, ScriptDraft draft) {
		lockedScript(shopId, id);
		ScriptGroupId group = lockedGroup(shopId, draft);
		try {
			jdbc.sql("update script set group_id = ?, shortcut_code = ?, title = ?, keywords = ?::text[] where id = ?")
				.params(group.value(), draft.code(), draft.title(), draft.keywords().toArray(String[]::new), id.value())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw codeTaken(Objects.requireNonNull(draft.code()));
		}
		// a variant kept word for word keeps the image an import gave it
		Map<String, String> images = new HashMap<>();
		jdbc.sql("select text, image from script_variant where script_id = ? and image is not null")
			.param(id.value())
			.query(rs -> {
				images.put(rs.getString("text"), rs.getString("image"));
			});
		jdbc.sql("delete from script_variant where script_id = ?").param(id.value()).update();
		insertVariants(id.value(), draft.variants(), images);
		versions.changed(shopId);
	}

	void remove(long shopId, ScriptId id) {
		if (jdbc.sql("delete from script where id = ? and shop_id = ?").params(id.value(), shopId).update() == 0) {
			throw new ScriptNotFoundException(ShopId.of(shopId), "script " + id);
		}
		versions.changed(shopId);
	}

	/**
	 * A quick phrase joins the script of its shortcut code, else a script of its group
	 * with the same text, else becomes a new script; a text the script has already
	 * changes nothing.
	 */
	boolean addPhrase(long shopId, QuickPhrase phrase) {
		long group = groupNamed(shopId, phrase.group());
		Long script = phrase.shortcutCode() == null ? scriptWithText(group, phrase.text())
				: scriptWithCode(shopId, phrase.shortcutCode());
		if (script == null) {
			script = jdbc
				.sql("insert into script (shop_id, group_id, shortcut_code, team) values (?, ?, ?, ?) returning id")
				.params(shopId, group, phrase.shortcutCode(), phrase.team())
				.query(Long.class)
				.single();
		}
		return jdbc.sql("""
				insert into script_variant (script_id, position, text, image)
				select ?, coalesce(max(position) + 1, 0), ?, ? from script_variant where script_id = ?
				on conflict (script_id, text) do nothing
				""").params(script, phrase.text(), phrase.image(), script).update() == 1;
	}

	private long groupNamed(long shopId, String name) {
		jdbc.sql("""
				insert into script_group (shop_id, name, position)
				select ?, ?, coalesce(max(position) + 1, 0) from script_group where shop_id = ?
				on conflict (shop_id, name) do nothing
				""").params(shopId, name, shopId).update();
		return jdbc.sql("select id from script_group where shop_id = ? and name = ?")
			.params(shopId, name)
			.query(Long.class)
			.single();
	}

	private @Nullable Long scriptWithCode(long shopId, String code) {
		return jdbc.sql("select id from script where shop_id = ? and shortcut_code = ?")
			.params(shopId, code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private @Nullable Long scriptWithText(long group, String text) {
		return jdbc.sql("""
				select s.id from script s join script_variant v on v.script_id = s.id
				where s.group_id = ? and s.shortcut_code is null and v.text = ? limit 1
				""").params(group, text).query(Long.class).optional().orElse(null);
	}

	private void insertVariants(long script, List<String> texts, Map<String, String> images) {
		String[] textArray = texts.toArray(String[]::new);
		String[] imageArray = texts.stream().map(images::get).toArray(String[]::new);
		jdbc.sql("""
				insert into script_variant (script_id, position, text, image)
				select ?, (n - 1)::int, t, i from unnest(?::text[], ?::text[]) with ordinality as v(t, i, n)
				""").params(script, textArray, imageArray).update();
	}

	private void lockedScript(long shopId, ScriptId id) {
		jdbc.sql("select id from script where id = ? and shop_id = ? for update")
			.params(id.value(), shopId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ScriptNotFoundException(ShopId.of(shopId), "script " + id));
	}

	private ScriptGroupId lockedGroup(long shopId, ScriptDraft draft) {
		ScriptGroupId group = Objects.requireNonNull(draft.groupId(), "a validated draft names its group");
		reads.lockGroup(shopId, group)
			.orElseThrow(() -> new RejectedChangeException("groupId", "script.group.unknown",
					"Shop " + shopId + " has no script group " + group, group.value()));
		return group;
	}

	static RejectedChangeException codeTaken(String code) {
		return new RejectedChangeException("code", "script.code.taken", "The shortcut code " + code + " is taken",
				code);
	}

}
