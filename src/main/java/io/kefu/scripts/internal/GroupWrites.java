package io.kefu.scripts.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.scripts.GroupNotEmptyException;
import io.kefu.scripts.RejectedChangeException;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptNotFoundException;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds, renames, moves and deletes groups. A move renumbers the shop's groups 0, 1, 2 …
 * under a lock on them, so two supervisors reordering at once cannot interleave.
 */
@Component
class GroupWrites {

	/** Group names are tab labels in the workbench's script panel. */
	static final int MAX_NAME = 20;

	private final JdbcClient jdbc;

	private final ScriptReads reads;

	private final LibraryVersions versions;

	GroupWrites(JdbcClient jdbc, ScriptReads reads, LibraryVersions versions) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.versions = versions;
	}

	ScriptGroup add(long shopId, String name) {
		String stripped = checked(name);
		Long id = jdbc.sql("""
				insert into script_group (shop_id, name, position)
				select ?, ?, coalesce(max(position) + 1, 0) from script_group where shop_id = ?
				on conflict (shop_id, name) do nothing returning id
				""").params(shopId, stripped, shopId).query(Long.class).optional().orElseThrow(() -> taken(stripped));
		versions.changed(shopId);
		return reads.group(shopId, ScriptGroupId.of(id)).orElseThrow();
	}

	ScriptGroup revise(long shopId, ScriptGroupId id, String name, @Nullable Integer position) {
		String stripped = checked(name);
		List<Long> order = new ArrayList<>(
				jdbc.sql("select id from script_group where shop_id = ? order by position, id for update")
					.param(shopId)
					.query(Long.class)
					.list());
		int current = order.indexOf(id.value());
		if (current < 0) {
			throw new ScriptNotFoundException(ShopId.of(shopId), "script group " + id);
		}
		order.remove(current);
		boolean nameTaken = jdbc.sql("select count(*) from script_group where shop_id = ? and name = ? and id <> ?")
			.params(shopId, stripped, id.value())
			.query(Long.class)
			.single() > 0;
		if (nameTaken) {
			throw taken(stripped);
		}
		int target = position == null ? current : position;
		order.add(Math.max(0, Math.min(target, order.size())), id.value());
		jdbc.sql("update script_group set name = ? where id = ?").params(stripped, id.value()).update();
		jdbc.sql("""
				update script_group g set position = (o.n - 1)::int
				from unnest(?::bigint[]) with ordinality as o(id, n) where g.id = o.id
				""").param(order.toArray(Long[]::new)).update();
		versions.changed(shopId);
		return reads.group(shopId, id).orElseThrow();
	}

	void remove(long shopId, ScriptGroupId id) {
		String name = reads.lockGroup(shopId, id)
			.orElseThrow(() -> new ScriptNotFoundException(ShopId.of(shopId), "script group " + id));
		int scripts = jdbc.sql("select count(*) from script where group_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
		if (scripts > 0) {
			throw new GroupNotEmptyException(name, scripts);
		}
		jdbc.sql("delete from script_group where id = ?").param(id.value()).update();
		versions.changed(shopId);
	}

	/** The API and the page validate names; this keeps other callers honest. */
	private static String checked(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			throw new IllegalArgumentException("A group name has 1 to " + MAX_NAME + " characters: '" + name + "'");
		}
		return stripped;
	}

	private static RejectedChangeException taken(String name) {
		return new RejectedChangeException("name", "scriptGroup.name.taken", "The shop has a group named " + name,
				name);
	}

}
