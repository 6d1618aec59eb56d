package io.kefu.training.internal;

import io.kefu.quality.AgentsInTraining;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells quality which agents are in training, so that the trainer reviews their
 * receptions and no certified agent's.
 */
@Component
class TrainingAnswers implements AgentsInTraining {

	private final JdbcClient jdbc;

	TrainingAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean inTraining(ShopId shop, AgentId agent) {
		return jdbc
			.sql("select exists (select 1 from trainee where shop_id = ? and agent_id = ? and status = 'IN_TRAINING')")
			.params(shop.value(), agent.value())
			.query(Boolean.class)
			.single();
	}

}
