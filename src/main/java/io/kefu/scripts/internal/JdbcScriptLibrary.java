package io.kefu.scripts.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.scripts.QuickPhrase;
import io.kefu.scripts.ScriptLibrary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcScriptLibrary implements ScriptLibrary {

	private final JdbcClient jdbc;

	JdbcScriptLibrary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public List<Boolean> addPhrases(long shopId, List<QuickPhrase> phrases) {
		List<Boolean> added = new ArrayList<>(phrases.size());
		for (QuickPhrase phrase : phrases) {
			added.add(add(shopId, phrase));
		}
		return added;
	}

	private boolean add(long shopId, QuickPhrase phrase) {
		long group = group(shopId, phrase.group());
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

	private long group(long shopId, String name) {
		jdbc.sql("""
				insert into script_group (shop_id, name, position)
				select ?, ?, count(*) from script_group where shop_id = ? on conflict (shop_id, name) do nothing
				""").params(shopId, name, shopId).update();
		return jdbc.sql("select id from script_group where shop_id = ? and name = ?")
			.params(shopId, name)
			.query(Long.class)
			.single();
	}

	private Long scriptWithCode(long shopId, String code) {
		return jdbc.sql("select id from script where shop_id = ? and shortcut_code = ?")
			.params(shopId, code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long scriptWithText(long group, String text) {
		return jdbc.sql("""
				select s.id from script s join script_variant v on v.script_id = s.id
				where s.group_id = ? and s.shortcut_code is null and v.text = ? limit 1
				""").params(group, text).query(Long.class).optional().orElse(null);
	}

	@Override
	public long countVariants(long shopId) {
		return jdbc.sql("select count(*) from script_variant v join script s on s.id = v.script_id where s.shop_id = ?")
			.param(shopId)
			.query(Long.class)
			.single();
	}

}
