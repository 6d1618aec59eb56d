package io.kefu.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up task: what it follows up (an order, a buyer), whose it is (an agent, or
 * nobody yet: the pre-sales group's), when it fell due, the touches made and how it
 * ended.
 *
 * @param group the skill group whose agents see the task while nobody has it
 * @param startedAt when the thing followed up happened: the order was placed
 * @param reason the buyer's reason for not paying, from the shop's list
 * @param reasonNote the reason in words, for 其他
 * @param paidAmount what the buyer paid, once the order is paid
 * @param orderAmount the order's total, when the task follows up an order
 */
public record Followup(FollowupId id, ShopId shopId, FollowupKind kind, @Nullable OrderId orderId,
		@Nullable OrderNo orderNo, BuyerId buyerId, String buyerNick, @Nullable AgentId agentId, SkillGroup group,
		Instant startedAt, Instant dueAt, FollowupStatus status, List<Touch> touches, @Nullable String reason,
		@Nullable String reasonNote, @Nullable Instant closedAt, @Nullable BigDecimal paidAmount,
		@Nullable BigDecimal orderAmount) {

	public Followup {
		touches = List.copyOf(touches);
	}

	/** How many touches were made: 0 before the first. */
	public int step() {
		return touches.size();
	}

	public Optional<Touch> firstTouch() {
		return touches.isEmpty() ? Optional.empty() : Optional.of(touches.get(0));
	}

	public Optional<Touch> lastTouch() {
		return touches.isEmpty() ? Optional.empty() : Optional.of(touches.get(touches.size() - 1));
	}

	Followup with(FollowupStatus newStatus, List<Touch> newTouches, @Nullable String newReason,
			@Nullable String newNote, @Nullable Instant newClosedAt, @Nullable BigDecimal newPaidAmount) {
		return new Followup(id, shopId, kind, orderId, orderNo, buyerId, buyerNick, agentId, group, startedAt, dueAt,
				newStatus, newTouches, newReason, newNote, newClosedAt, newPaidAmount, orderAmount);
	}

	/** The task handed to another agent, or back to the group when null. */
	public Followup assignedTo(@Nullable AgentId agent) {
		return new Followup(id, shopId, kind, orderId, orderNo, buyerId, buyerNick, agent, group, startedAt, dueAt,
				status, touches, reason, reasonNote, closedAt, paidAmount, orderAmount);
	}

}
