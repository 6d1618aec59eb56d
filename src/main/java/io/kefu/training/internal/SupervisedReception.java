package io.kefu.training.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.kefu.reception.Apprentices;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.training.TrainingSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells routing which agents in training receive buyers (the rule of
 * {@link io.kefu.training.Trainee#receivesOn}, read in one query because routing asks on
 * every assignment), and keeps the shops' training settings.
 */
@Repository
@Transactional(readOnly = true)
class SupervisedReception implements Apprentices, TrainingSettings.Store {

	private final JdbcClient jdbc;

	private final Clock clock;

	SupervisedReception(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Map<AgentId, Apprenticeship> receivingOn(ShopId shop, LocalDate day) {
		Map<AgentId, Apprenticeship> receiving = new LinkedHashMap<>();
		jdbc.sql("""
				select t.agent_id, t.mentor_id, t.start_day + (min(task.day) - 1) as since,
				    coalesce((select supervised_cap from training_setting s where s.shop_id = t.shop_id), ?) as cap
				from trainee t
				join trainee_task task on task.trainee_id = t.id and task.kind = 'SUPERVISED_RECEPTION'
				where t.shop_id = ? and t.status = 'IN_TRAINING' and t.mentor_id is not null
				group by t.id, t.agent_id, t.mentor_id, t.start_day
				having t.start_day + (min(task.day) - 1) <= ?
				order by t.agent_id
				""").params(TrainingSettings.DEFAULTS.supervisedCap(), shop.value(), Date.valueOf(day)).query(rs -> {
			AgentId trainee = AgentId.of(rs.getLong(1));
			receiving.put(trainee, new Apprenticeship(trainee, AgentId.of(rs.getLong(2)), rs.getInt("cap"),
					rs.getDate("since").toLocalDate()));
		});
		return receiving;
	}

	@Override
	public Set<AgentId> menteesOf(AgentId mentor) {
		Set<AgentId> mentees = new LinkedHashSet<>();
		jdbc.sql("select agent_id from trainee where mentor_id = ? and status = 'IN_TRAINING' order by agent_id")
			.param(mentor.value())
			.query(rs -> {
				mentees.add(AgentId.of(rs.getLong(1)));
			});
		return mentees;
	}

	@Override
	public TrainingSettings of(ShopId shop) {
		return jdbc.sql("select supervised_cap from training_setting where shop_id = ?")
			.param(shop.value())
			.query((rs, row) -> new TrainingSettings(rs.getInt(1)))
			.optional()
			.orElse(TrainingSettings.DEFAULTS);
	}

	@Override
	@Transactional
	public TrainingSettings save(ShopId shop, TrainingSettings settings, AgentId by) {
		jdbc.sql("""
				insert into training_setting (shop_id, supervised_cap, updated_at, updated_by) values (?, ?, ?, ?)
				on conflict (shop_id) do update set supervised_cap = excluded.supervised_cap,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.params(shop.value(), settings.supervisedCap(), Timestamp.from(clock.instant()), by.value())
			.update();
		return settings;
	}

}
