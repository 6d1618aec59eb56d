package io.kefu.scripts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kefu.scripts.QuickPhrase;
import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptId;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.scripts.ScriptNotFoundException;
import io.kefu.scripts.ScriptSuggestion;
import io.kefu.scripts.ScriptVariant;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcScriptLibrary implements ScriptLibrary {

	private final JdbcClient jdbc;

	private final ScriptReads reads;

	private final ScriptWrites writes;

	private final GroupWrites groupWrites;

	private final VariantTurns turns;

	private final ShopMatchers matchers;

	JdbcScriptLibrary(JdbcClient jdbc, ScriptReads reads, ScriptWrites writes, GroupWrites groupWrites,
			VariantTurns turns, ShopMatchers matchers) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.writes = writes;
		this.groupWrites = groupWrites;
		this.turns = turns;
		this.matchers = matchers;
	}

	@Override
	@Transactional
	public List<Boolean> addPhrases(ShopId shopId, List<QuickPhrase> phrases) {
		List<Boolean> added = new ArrayList<>(phrases.size());
		for (QuickPhrase phrase : phrases) {
			added.add(writes.addPhrase(shopId.value(), phrase));
		}
		if (added.contains(true)) {
			writes.changed(shopId.value());
		}
		return added;
	}

	@Override
	public long countVariants(ShopId shopId) {
		return jdbc.sql("select count(*) from script_variant v join script s on s.id = v.script_id where s.shop_id = ?")
			.param(shopId.value())
			.query(Long.class)
			.single();
	}

	@Override
	public List<ScriptGroup> groups(ShopId shopId) {
		return reads.groups(shopId.value());
	}

	@Override
	public Optional<Script> find(ShopId shopId, ScriptId id) {
		return reads.find(shopId.value(), id);
	}

	@Override
	public Optional<Script> findByCode(ShopId shopId, String code) {
		return reads.findByCode(shopId.value(), code);
	}

	@Override
	@Transactional
	public ScriptGroup addGroup(ShopId shopId, String name) {
		return groupWrites.add(shopId.value(), name);
	}

	@Override
	@Transactional
	public ScriptGroup reviseGroup(ShopId shopId, ScriptGroupId id, String name, @Nullable Integer position) {
		return groupWrites.revise(shopId.value(), id, name, position);
	}

	@Override
	@Transactional
	public void removeGroup(ShopId shopId, ScriptGroupId id) {
		groupWrites.remove(shopId.value(), id);
	}

	@Override
	@Transactional
	public Script add(ShopId shopId, ScriptDraft draft) {
		return reads.find(shopId.value(), writes.add(shopId.value(), draft)).orElseThrow();
	}

	@Override
	@Transactional
	public Script revise(ShopId shopId, ScriptId id, ScriptDraft draft) {
		writes.revise(shopId.value(), id, draft);
		return reads.find(shopId.value(), id).orElseThrow();
	}

	@Override
	@Transactional
	public void remove(ShopId shopId, ScriptId id) {
		writes.remove(shopId.value(), id);
	}

	@Override
	public List<Script> search(ShopId shopId, String query) {
		return reads.search(shopId.value(), query);
	}

	@Override
	@Transactional
	public ScriptVariant nextVariant(ShopId shopId, String code, AgentId agentId) {
		Script script = reads.findByCode(shopId.value(), code.startsWith("/") ? code.substring(1) : code)
			.orElseThrow(() -> new ScriptNotFoundException(shopId, "script with the code " + code));
		return turns.next(script, agentId.value());
	}

	@Override
	@Transactional
	public ScriptVariant nextVariant(ShopId shopId, ScriptId id, AgentId agentId) {
		Script script = reads.find(shopId.value(), id)
			.orElseThrow(() -> new ScriptNotFoundException(shopId, "script " + id));
		return turns.next(script, agentId.value());
	}

	@Override
	public List<ScriptSuggestion> suggest(ShopId shopId, String buyerText, int limit) {
		return matchers.of(shopId.value()).suggest(buyerText, Math.min(limit, MAX_SUGGESTIONS));
	}

}
