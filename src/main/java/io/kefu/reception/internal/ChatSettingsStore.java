package io.kefu.reception.internal;

import java.util.HashMap;
import java.util.Map;

import io.kefu.reception.ChatSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each shop's chat settings; a shop that never changed them has the defaults. */
@Repository
class ChatSettingsStore {

	private final JdbcClient jdbc;

	ChatSettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ChatSettings of(long shopId) {
		Map<Long, Integer> caps = new HashMap<>();
		jdbc.sql("select agent_id, cap from agent_chat_cap where shop_id = ?").param(shopId).query(rs -> {
			caps.put(rs.getLong(1), rs.getInt(2));
		});
		ChatSettings defaults = ChatSettings.DEFAULTS;
		return jdbc.sql("""
				select welcome_text, away_text, busy_text, concurrency_cap, after_sales_window_days
				from chat_settings where shop_id = ?
				""")
			.param(shopId)
			.query((rs, row) -> new ChatSettings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), caps))
			.optional()
			.orElseGet(() -> new ChatSettings(defaults.welcomeText(), defaults.awayText(), defaults.busyText(),
					defaults.concurrencyCap(), defaults.afterSalesWindowDays(), caps));
	}

	/**
	 * Replaces the shop's settings and its agents' own caps; the caller checked that the
	 * agents are the shop's.
	 */
	void save(long shopId, ChatSettings settings) {
		jdbc.sql(
				"""
						insert into chat_settings (shop_id, welcome_text, away_text, busy_text, concurrency_cap,
						    after_sales_window_days) values (?, ?, ?, ?, ?, ?)
						on conflict (shop_id) do update set welcome_text = excluded.welcome_text,
						    away_text = excluded.away_text, busy_text = excluded.busy_text,
						    concurrency_cap = excluded.concurrency_cap, after_sales_window_days = excluded.after_sales_window_days
						""")
			.params(shopId, settings.welcomeText(), settings.awayText(), settings.busyText(), settings.concurrencyCap(),
					settings.afterSalesWindowDays())
			.update();
		jdbc.sql("delete from agent_chat_cap where shop_id = ?").param(shopId).update();
		settings.agentCaps()
			.forEach((agent, cap) -> jdbc.sql("insert into agent_chat_cap (agent_id, shop_id, cap) values (?, ?, ?)")
				.params(agent, shopId, cap)
				.update());
	}

}
