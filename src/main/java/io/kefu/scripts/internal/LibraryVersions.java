package io.kefu.scripts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the changes of each shop's library, in the transaction of the change, so that a
 * suggestion index built from an older version is known to be stale on every node.
 */
@Component
class LibraryVersions {

	private final JdbcClient jdbc;

	LibraryVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void changed(long shopId) {
		jdbc.sql("""
				insert into script_library (shop_id, version) values (?, 1)
				on conflict (shop_id) do update set version = script_library.version + 1
				""").param(shopId).update();
	}

	long current(long shopId) {
		return jdbc.sql("select version from script_library where shop_id = ?")
			.param(shopId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

}
