package io.kefu.reception.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which buyers the shop plays itself, and the agent each one's conversations go to. */
@Repository
class DirectedBuyers {

	private final JdbcClient jdbc;

	DirectedBuyers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void direct(long shopId, long buyerId, long agentId, Instant at) {
		jdbc.sql("insert into directed_buyer (buyer_id, shop_id, agent_id, created_at) values (?, ?, ?, ?)")
			.params(buyerId, shopId, agentId, Timestamp.from(at))
			.update();
	}

	/**
	 * The agent the buyer's conversations go to, when the buyer is played by the shop.
	 */
	Optional<Long> agentOf(long shopId, long buyerId) {
		return jdbc.sql("select agent_id from directed_buyer where buyer_id = ? and shop_id = ?")
			.params(buyerId, shopId)
			.query(Long.class)
			.optional();
	}

}
