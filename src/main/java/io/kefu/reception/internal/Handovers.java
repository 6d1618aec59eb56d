package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.reception.Handover;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Handover notes (交接) of conversations. */
@Repository
class Handovers {

	private final JdbcClient jdbc;

	Handovers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long conversationId, @Nullable Long from, @Nullable Long toAgent, @Nullable SkillGroup toGroup,
			String note, Instant at) {
		jdbc.sql("""
				insert into handover (conversation_id, from_agent_id, to_agent_id, to_skill_group, note, handed_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(conversationId, from, toAgent, toGroup == null ? null : toGroup.name(), note, Timestamp.from(at))
			.update();
	}

	/** The notes of these conversations, oldest first, named with the agents' names. */
	Map<Long, List<Handover>> of(Collection<Long> conversationIds, Map<Long, String> agentNames) {
		Map<Long, List<Handover>> notes = new HashMap<>();
		if (conversationIds.isEmpty()) {
			return notes;
		}
		jdbc.sql("""
				select conversation_id, from_agent_id, to_agent_id, to_skill_group, note, handed_at from handover
				where conversation_id = any(?) order by handed_at, id
				""").param(conversationIds.toArray(Long[]::new)).query(rs -> {
			Long from = rs.getObject("from_agent_id", Long.class);
			Long to = rs.getObject("to_agent_id", Long.class);
			String group = rs.getString("to_skill_group");
			Handover handover = new Handover(rs.getLong("conversation_id"), from,
					from == null ? null : agentNames.get(from), to, to == null ? null : agentNames.get(to),
					group == null ? null : SkillGroup.valueOf(group), rs.getString("note"),
					Conversations.instant(rs, "handed_at"));
			notes.computeIfAbsent(handover.conversationId(), id -> new ArrayList<>()).add(handover);
		});
		return notes;
	}

}
