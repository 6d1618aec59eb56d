package io.kefu.order.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.kefu.customer.BuyerId;
import io.kefu.order.Flag;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.order.Remark;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.order.RemarkTasks;
import io.kefu.order.UnknownRemarkTaskException;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

@Repository
@Transactional(readOnly = true)
class JdbcRemarkTasks implements RemarkTasks {

	private static final String SELECT = """
			select t.id, t.shop_id, t.order_id, o.order_no, o.buyer_id, r.agent_id, r.text, r.flag, r.created_at,
			t.kind, t.status, t.handled_by, t.handled_at, t.refusal
			from remark_task t join order_remark r on r.id = t.remark_id join shop_order o on o.id = t.order_id
			""";

	private final JdbcClient jdbc;

	JdbcRemarkTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RemarkTask> find(long id) {
		return jdbc.sql(SELECT + "where t.id = ?").param(id).query(JdbcRemarkTasks::map).optional();
	}

	@Override
	public List<RemarkTask> ofShop(ShopId shopId, RemarkTask.Status status, int limit) {
		String order = status == RemarkTask.Status.OPEN ? "order by r.created_at, t.id"
				: "order by t.handled_at desc, t.id desc";
		return jdbc.sql(SELECT + "where t.shop_id = ? and t.status = ? " + order + " limit ?")
			.params(shopId.value(), status.name(), limit)
			.query(JdbcRemarkTasks::map)
			.list();
	}

	@Override
	public List<RemarkTask> ofOrders(Collection<OrderId> orderIds) {
		if (orderIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where t.order_id = any(?) order by r.created_at, t.id")
			.param(orderIds.stream().map(OrderId::value).toArray(Long[]::new))
			.query(JdbcRemarkTasks::map)
			.list();
	}

	@Override
	public long countOpen(ShopId shopId) {
		return jdbc.sql("select count(*) from remark_task where shop_id = ? and status = 'OPEN'")
			.param(shopId.value())
			.query(Long.class)
			.single();
	}

	/**
	 * The row is locked while the transition is checked, so two clerks pressing at once
	 * get one success and one refusal, not two handlers.
	 */
	@Override
	@Transactional
	public RemarkTask markDone(long id, AgentId clerkId, Instant at) {
		return handle(id, task -> task.markDone(clerkId, at));
	}

	@Override
	@Transactional
	public RemarkTask refuse(long id, AgentId clerkId, @Nullable String reason, Instant at) {
		return handle(id, task -> task.refuse(clerkId, reason, at));
	}

	private RemarkTask handle(long id, UnaryOperator<RemarkTask> transition) {
		RemarkTask task = jdbc.sql(SELECT + "where t.id = ? for update of t")
			.param(id)
			.query(JdbcRemarkTasks::map)
			.optional()
			.orElseThrow(() -> new UnknownRemarkTaskException(id));
		RemarkTask handled = transition.apply(task);
		jdbc.sql("update remark_task set status = ?, handled_by = ?, handled_at = ?, refusal = ? where id = ?")
			.params(handled.status().name(), handled.handledBy().value(), Timestamp.from(handled.handledAt()),
					handled.refusal(), id)
			.update();
		return handled;
	}

	private static RemarkTask map(ResultSet rs, int row) throws SQLException {
		String flag = rs.getString("flag");
		OffsetDateTime handledAt = rs.getObject("handled_at", OffsetDateTime.class);
		Remark remark = new Remark(agentId(rs, "agent_id"), rs.getString("text"),
				flag == null ? null : Flag.valueOf(flag), rs.getObject("created_at", OffsetDateTime.class).toInstant());
		return new RemarkTask(rs.getLong("id"), ShopId.of(rs.getLong("shop_id")), OrderId.of(rs.getLong("order_id")),
				OrderNo.of(rs.getString("order_no")), BuyerId.of(rs.getLong("buyer_id")), remark,
				RemarkKind.valueOf(rs.getString("kind")), RemarkTask.Status.valueOf(rs.getString("status")),
				agentId(rs, "handled_by"), handledAt == null ? null : handledAt.toInstant(), rs.getString("refusal"));
	}

	private static @Nullable AgentId agentId(ResultSet rs, String column) throws SQLException {
		Long id = rs.getObject(column, Long.class);
		return id == null ? null : AgentId.of(id);
	}

}
