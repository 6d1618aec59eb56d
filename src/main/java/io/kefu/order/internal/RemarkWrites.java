package io.kefu.order.internal;

import java.sql.Timestamp;

import io.kefu.order.Order;
import io.kefu.order.Remark;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an agent's remark: the order's new flag, the remark row and the clerk's task.
 * The caller holds the transaction, so the three are stored together or not at all.
 */
@Component
class RemarkWrites {

	private final JdbcClient jdbc;

	RemarkWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code remarked} is the order with the remark added and its flag changed. */
	RemarkTask add(Order remarked, Remark remark, RemarkKind kind) {
		long orderId = remarked.id().value();
		jdbc.sql("update shop_order set flag = ?, version = version + 1 where id = ?")
			.params(remarked.flag() == null ? null : remarked.flag().name(), orderId)
			.update();
		long remarkId = jdbc.sql("""
				insert into order_remark (order_id, agent_id, text, flag, created_at) values (?, ?, ?, ?, ?)
				returning id
				""")
			.params(orderId, remark.agentId() == null ? null : remark.agentId().value(), remark.text(),
					remark.flag() == null ? null : remark.flag().name(), Timestamp.from(remark.createdAt()))
			.query(Long.class)
			.single();
		long taskId = jdbc.sql("""
				insert into remark_task (shop_id, order_id, remark_id, kind) values (?, ?, ?, ?) returning id
				""").params(remarked.shopId().value(), orderId, remarkId, kind.name()).query(Long.class).single();
		return RemarkTask.open(taskId, remarked.shopId(), remarked.id(), remarked.orderNo(), remarked.buyerId(), remark,
				kind);
	}

}
