package io.kefu.scripts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the library as groups, scripts and their variants in the supervisor's order: a
 * group by its position, scripts in the order they were added, variants by position.
 */
@Component
class ScriptReads {

	private static final String SCRIPTS = """
			select s.id, s.group_id, g.name as group_name, s.shortcut_code, s.title, s.keywords, s.team, v.text, v.image
			from script s join script_group g on g.id = s.group_id join script_variant v on v.script_id = s.id
			""";

	private final JdbcClient jdbc;

	ScriptReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ScriptGroup> groups(long shopId) {
		Map<Long, GroupRow> groups = new LinkedHashMap<>();
		jdbc.sql("select id, name, position from script_group where shop_id = ? order by position, id")
			.param(shopId)
			.query(rs -> {
				groups.put(rs.getLong("id"),
						new GroupRow(rs.getLong("id"), rs.getString("name"), rs.getInt("position")));
			});
		for (Script script : scripts("s.shop_id = :shop", Map.of("shop", shopId))) {
			// each statement reads what was committed when it started: a group added
			// between
			// the two reads is not listed, and neither are its scripts
			GroupRow group = groups.get(script.groupId().value());
			if (group != null) {
				group.scripts.add(script);
			}
		}
		return groups.values().stream().map(GroupRow::toGroup).toList();
	}

	Optional<ScriptGroup> group(long shopId, ScriptGroupId id) {
		return groups(shopId).stream().filter(group -> group.id().equals(id)).findFirst();
	}

	/** Whether the shop has the group; locks it against a concurrent deletion. */
	Optional<String> lockGroup(long shopId, ScriptGroupId id) {
		return jdbc.sql("select name from script_group where id = ? and shop_id = ? for update")
			.params(id.value(), shopId)
			.query(String.class)
			.optional();
	}

	Optional<Script> find(long shopId, ScriptId id) {
		return scripts("s.shop_id = :shop and s.id = :id", Map.of("shop", shopId, "id", id.value())).stream()
			.findFirst();
	}

	Optional<Script> findByCode(long shopId, String code) {
		return scripts("s.shop_id = :shop and s.shortcut_code = :code", Map.of("shop", shopId, "code", code)).stream()
			.findFirst();
	}

	List<Script> search(long shopId, String query) {
		boolean codeOnly = query.startsWith("/");
		String text = codeOnly ? query.substring(1).strip() : query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		Map<String, Object> params = Map.of("shop", shopId, "prefix", escaped + "%", "contains", "%" + escaped + "%",
				"codeOnly", codeOnly);
		List<Script> found = scripts("""
				s.shop_id = :shop and (s.shortcut_code ilike :prefix or not :codeOnly and (s.title ilike :contains
				    or g.name ilike :contains or array_to_string(s.keywords, ' ') ilike :contains
				    or exists (select 1 from script_variant x where x.script_id = s.id and x.text ilike :contains)))
				""", params);
		List<Script> ordered = new ArrayList<>(found);
		ordered.sort((a, b) -> Boolean.compare(text.equalsIgnoreCase(b.code() == null ? "" : b.code()),
				text.equalsIgnoreCase(a.code() == null ? "" : a.code())));
		return ordered;
	}

	/** Every script of the shop, in the library's order. */
	List<Script> all(long shopId) {
		return scripts("s.shop_id = :shop", Map.of("shop", shopId));
	}

	private List<Script> scripts(String condition, Map<String, ?> params) {
		Map<Long, ScriptRow> scripts = new LinkedHashMap<>();
		jdbc.sql(SCRIPTS + " where " + condition + " order by g.position, g.id, s.id, v.position")
			.params(params)
			.query(rs -> {
				scripts.computeIfAbsent(rs.getLong("id"), id -> ScriptRow.of(rs))
					.variants()
					.add(new Script.Variant(rs.getString("text"), rs.getString("image")));
			});
		return scripts.values().stream().map(ScriptRow::toScript).toList();
	}

	private record GroupRow(long id, String name, int position, List<Script> scripts) {

		GroupRow(long id, String name, int position) {
			this(id, name, position, new ArrayList<>());
		}

		ScriptGroup toGroup() {
			return new ScriptGroup(ScriptGroupId.of(id), name, position, scripts);
		}
	}

	private record ScriptRow(long id, long groupId, String groupName, @Nullable String code, @Nullable String title,
			List<String> keywords, boolean team, List<Script.Variant> variants) {

		static ScriptRow of(ResultSet rs) {
			try {
				return new ScriptRow(rs.getLong("id"), rs.getLong("group_id"), rs.getString("group_name"),
						rs.getString("shortcut_code"), rs.getString("title"),
						ScriptReads.keywords(rs.getArray("keywords")), rs.getBoolean("team"), new ArrayList<>());
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		Script toScript() {
			return new Script(ScriptId.of(id), ScriptGroupId.of(groupId), groupName, code, title, keywords, variants,
					team);
		}
	}

	private static List<String> keywords(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
