package io.kefu.quality.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.kefu.quality.InspectionRules;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ShopRules implements InspectionRules {

	private final JdbcClient jdbc;

	ShopRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public InspectionSettings of(ShopId shopId) {
		InspectionSettings settings = InspectionSettings.DEFAULTS;
		List<Own> own = jdbc.sql("""
				select rule, enabled, severity, weight, words, exceptions, counter_words from inspection_rule
				where shop_id = ?
				""").param(shopId.value()).query((rs, n) -> {
			return new Own(Rule.valueOf(rs.getString(1)),
					new RuleSettings(rs.getBoolean(2), Severity.valueOf(rs.getString(3)), rs.getInt(4),
							Arrays.asList((String[]) rs.getArray(5).getArray()),
							Arrays.asList((String[]) rs.getArray(6).getArray()),
							Arrays.asList((String[]) rs.getArray(7).getArray())));
		}).list();
		for (Own rule : own) {
			settings = settings.with(rule.rule(), rule.settings());
		}
		return settings;
	}

	@Override
	public int version(ShopId shopId) {
		return jdbc.sql("select version from inspection_rules_version where shop_id = ?")
			.param(shopId.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	@Override
	@Transactional
	public void change(ShopId shopId, Rule rule, RuleSettings settings, AgentId changedBy) {
		store(shopId, rule, settings);
		count(shopId, changedBy);
	}

	@Override
	@Transactional
	public void change(ShopId shopId, Map<Rule, RuleSettings> settings, AgentId changedBy) {
		if (settings.isEmpty()) {
			return;
		}
		settings.forEach((rule, ruleSettings) -> store(shopId, rule, ruleSettings));
		count(shopId, changedBy);
	}

	private void store(ShopId shopId, Rule rule, RuleSettings settings) {
		jdbc.sql("""
				insert into inspection_rule (shop_id, rule, enabled, severity, weight, words, exceptions, counter_words)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (shop_id, rule) do update set enabled = excluded.enabled, severity = excluded.severity,
				    weight = excluded.weight, words = excluded.words, exceptions = excluded.exceptions,
				    counter_words = excluded.counter_words
				""")
			.params(shopId.value(), rule.name(), settings.enabled(), settings.severity().name(), settings.weight(),
					settings.words().toArray(String[]::new), settings.exceptions().toArray(String[]::new),
					settings.counterWords().toArray(String[]::new))
			.update();
	}

	@Override
	@Transactional
	public void reset(ShopId shopId, Rule rule, AgentId changedBy) {
		jdbc.sql("delete from inspection_rule where shop_id = ? and rule = ?")
			.params(shopId.value(), rule.name())
			.update();
		count(shopId, changedBy);
	}

	private void count(ShopId shopId, AgentId changedBy) {
		jdbc.sql("""
				insert into inspection_rules_version (shop_id, version, changed_at, changed_by) values (?, 1, now(), ?)
				on conflict (shop_id) do update set version = inspection_rules_version.version + 1,
				    changed_at = now(), changed_by = excluded.changed_by
				""").params(shopId.value(), changedBy.value()).update();
	}

	private record Own(Rule rule, RuleSettings settings) {
	}

}
