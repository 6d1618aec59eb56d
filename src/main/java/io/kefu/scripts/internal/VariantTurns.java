package io.kefu.scripts.internal;

import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptVariant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seed 000 (电商部客服工作流程 e) keeps three wordings of a frequent answer so that a buyer who
 * asks twice does not get the same sentence twice: each agent takes a script's variants
 * in turn. The count is one upserted row per agent and script, so two tabs, two nodes or
 * a restart carry on from the same place.
 */
@Component
class VariantTurns {

	private final JdbcClient jdbc;

	VariantTurns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ScriptVariant next(Script script, long agentId) {
		long used = jdbc.sql("""
				insert into script_turn (script_id, agent_id, used) values (?, ?, 1)
				on conflict (script_id, agent_id) do update set used = script_turn.used + 1
				returning used
				""").params(script.id().value(), agentId).query(Long.class).single();
		return variant(script, used);
	}

	/** The variant of a script taken for the {@code used}-th time (counted from 1). */
	static ScriptVariant variant(Script script, long used) {
		int index = (int) ((used - 1) % script.variants().size());
		Script.Variant variant = script.variants().get(index);
		return new ScriptVariant(script.id(), script.code(), index + 1, script.variants().size(), variant.text(),
				variant.image());
	}

}
