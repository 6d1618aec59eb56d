package io.kefu.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.FigureTargets;
import io.kefu.analytics.JudgeRule;
import io.kefu.order.Flag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each shop's figure settings; a shop that never changed them has the defaults. */
@Repository
class FigureSettingsStore {

	private final JdbcClient jdbc;

	FigureSettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	FigureSettings of(long shopId) {
		return jdbc.sql("select * from figure_settings where shop_id = ?")
			.param(shopId)
			.query(FigureSettingsStore::map)
			.optional()
			.orElse(FigureSettings.DEFAULTS);
	}

	void save(long shopId, FigureSettings settings) {
		FigureTargets targets = settings.targets();
		jdbc.sql("""
				insert into figure_settings (shop_id, judge_rule, validity_days, after_sales_days, grace_minutes,
				    service_start, service_end, slow_seconds, filter_own_accounts, own_accounts, filter_empty_chats,
				    excluded_flags, weekly_conversion_target, avg_response_target_seconds, monthly_sales_target)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (shop_id) do update set judge_rule = excluded.judge_rule,
				    validity_days = excluded.validity_days, after_sales_days = excluded.after_sales_days,
				    grace_minutes = excluded.grace_minutes, service_start = excluded.service_start,
				    service_end = excluded.service_end, slow_seconds = excluded.slow_seconds,
				    filter_own_accounts = excluded.filter_own_accounts, own_accounts = excluded.own_accounts,
				    filter_empty_chats = excluded.filter_empty_chats, excluded_flags = excluded.excluded_flags,
				    weekly_conversion_target = excluded.weekly_conversion_target,
				    avg_response_target_seconds = excluded.avg_response_target_seconds,
				    monthly_sales_target = excluded.monthly_sales_target
				""")
			.params(shopId, settings.judgeRule().name(), settings.validityDays(), settings.afterSalesDays(),
					(int) settings.grace().toMinutes(), settings.serviceStart(), settings.serviceEnd(),
					(int) settings.slowThreshold().toSeconds(), settings.filterOwnAccounts(),
					settings.ownAccounts().stream().sorted().toArray(String[]::new), settings.filterEmptyChats(),
					settings.excludedFlags().stream().map(Flag::name).sorted().toArray(String[]::new),
					targets.weeklyInquiryConversion(), targets.averageResponseSeconds(), targets.monthlySalesPerAgent())
			.update();
	}

	private static FigureSettings map(ResultSet row, int n) throws SQLException {
		Set<String> ownAccounts = Set.of((String[]) row.getArray("own_accounts").getArray());
		Set<Flag> excluded = Arrays.stream((String[]) row.getArray("excluded_flags").getArray())
			.map(Flag::valueOf)
			.collect(Collectors.toSet());
		return new FigureSettings(JudgeRule.valueOf(row.getString("judge_rule")), row.getInt("validity_days"),
				row.getInt("after_sales_days"), Duration.ofMinutes(row.getInt("grace_minutes")),
				row.getObject("service_start", LocalTime.class), row.getObject("service_end", LocalTime.class),
				Duration.ofSeconds(row.getInt("slow_seconds")), row.getBoolean("filter_own_accounts"), ownAccounts,
				row.getBoolean("filter_empty_chats"), excluded,
				new FigureTargets(row.getObject("weekly_conversion_target", Double.class),
						row.getObject("avg_response_target_seconds", Double.class),
						row.getBigDecimal("monthly_sales_target")));
	}

}
