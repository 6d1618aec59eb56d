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
	public List<Boolean> addPhrases(long shopId, List<QuickPhrase> phrases) {
		List<Boolean> added = new ArrayList<>(phrases.size());
		for (QuickPhrase phrase : phrases) {
			added.add(writes.addPhrase(shopId, phrase));
		}
		if (added.contains(true)) {
			writes.changed(shopId);
		}
		return added;
	}

	@Override
	public long countVariants(long shopId) {
		return jdbc.sql("select count(*) from script_variant v join script s on s.id = v.script_id where s.shop_id = ?")
			.param(shopId)
			.query(Long.class)
			.single();
	}

	@Override
	public List<ScriptGroup> groups(long shopId) {
		return reads.groups(shopId);
	}

	@Override
	public Optional<Script> find(long shopId, ScriptId id) {
		return reads.find(shopId, id);
	}

	@Override
	public Optional<Script> findByCode(long shopId, String code) {
		return reads.findByCode(shopId, code);
	}

	@Override
	@Transactional
	public ScriptGroup addGroup(long shopId, String name) {
		return groupWrites.add(shopId, name);
	}

	@Override
	@Transactional
	public ScriptGroup reviseGroup(long shopId, ScriptGroupId id, String name, @Nullable Integer position) {
		return groupWrites.revise(shopId, id, name, position);
	}

	@Override
	@Transactional
	public void removeGroup(long shopId, ScriptGroupId id) {
		groupWrites.remove(shopId, id);
	}

	@Override
	@Transactional
	public Script add(long shopId, ScriptDraft draft) {
		return reads.find(shopId, writes.add(shopId, draft)).orElseThrow();
	}

	@Override
	@Transactional
	public Script revise(long shopId, ScriptId id, ScriptDraft draft) {
		writes.revise(shopId, id, draft);
		return reads.find(shopId, id).orElseThrow();
	}

	@Override
	@Transactional
	public void remove(long shopId, ScriptId id) {
		writes.remove(shopId, id);
	}

	@Override
	public List<Script> search(long shopId, String query) {
		return reads.search(shopId, query);
	}

	@Override
	@Transactional
	public ScriptVariant nextVariant(long shopId, String code, long agentId) {
		Script script = reads.findByCode(shopId, code.startsWith("/") ? code.substring(1) : code)
			.orElseThrow(() -> new ScriptNotFoundException(shopId, "script with the code " + code));
		return turns.next(script, agentId);
	}

	@Override
	@Transactional
	public ScriptVariant nextVariant(long shopId, ScriptId id, long agentId) {
		Script script = reads.find(shopId, id).orElseThrow(() -> new ScriptNotFoundException(shopId, "script " + id));
		return turns.next(script, agentId);
	}

	@Override
	public List<ScriptSuggestion> suggest(long shopId, String buyerText, int limit) {
		return matchers.of(shopId).suggest(buyerText, Math.min(limit, MAX_SUGGESTIONS));
	}

}
