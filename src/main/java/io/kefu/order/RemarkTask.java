package io.kefu.order;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A remark waiting on the order clerk's list (打单/审单): seed 000 ④
 * "及时正确的做好备注工作并能确保第一时间告知打单人员, 避免发错货的情况". Every remark written in Kefu is a change request
 * (改地址, 改属性, 快递, 发票, 贺卡, 送货时间, 作废 …): it is open until the clerk has carried it out
 * ({@link #markDone}) or could not ({@link #refuse}, with the reason the agent passes on
 * to the buyer), which they do once.
 */
public record RemarkTask(long id, ShopId shopId, OrderId orderId, OrderNo orderNo, BuyerId buyerId, Remark remark,
		RemarkKind kind, Status status, @Nullable AgentId handledBy, @Nullable Instant handledAt,
		@Nullable String refusal) {

	/** The longest refusal, in characters. */
	public static final int MAX_REFUSAL_LENGTH = 200;

	public RemarkTask {
		if ((status != Status.OPEN) != (handledAt != null)) {
			throw new IllegalArgumentException("A remark task has a handling time exactly when it was handled");
		}
		if ((status == Status.REFUSED) != (refusal != null)) {
			throw new IllegalArgumentException("A remark task has a refusal exactly when it was refused");
		}
	}

	/** An open task: what {@link Orders#addRemark} puts on the list. */
	public static RemarkTask open(long id, ShopId shopId, OrderId orderId, OrderNo orderNo, BuyerId buyerId,
			Remark remark, RemarkKind kind) {
		return new RemarkTask(id, shopId, orderId, orderNo, buyerId, remark, kind, Status.OPEN, null, null, null);
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/**
	 * The clerk has read the remark and acted on it.
	 * @throws IllegalStateException when it was handled already
	 */
	public RemarkTask markDone(AgentId clerkId, Instant at) {
		requireOpen(at);
		return new RemarkTask(id, shopId, orderId, orderNo, buyerId, remark, kind, Status.DONE, clerkId, at, null);
	}

	/**
	 * The clerk could not do what the remark asks (已打单, 缺货 …) and says why, in one line
	 * of at most {@value #MAX_REFUSAL_LENGTH} characters.
	 * @throws RemarkRejected naming {@code reason} when it is blank, too long or not one
	 * line
	 * @throws IllegalStateException when it was handled already
	 */
	public RemarkTask refuse(AgentId clerkId, @Nullable String reason, Instant at) {
		String why = RemarkForm.oneLine("reason", reason, "Say why it cannot be done: the agent tells the buyer");
		int length = why.codePointCount(0, why.length());
		if (length > MAX_REFUSAL_LENGTH) {
			throw new RemarkRejected("reason", "At most " + MAX_REFUSAL_LENGTH + " characters, not " + length);
		}
		requireOpen(at);
		return new RemarkTask(id, shopId, orderId, orderNo, buyerId, remark, kind, Status.REFUSED, clerkId, at, why);
	}

	private void requireOpen(Instant at) {
		if (!isOpen()) {
			throw new IllegalStateException("Remark task " + id + " is " + status + " already");
		}
		if (at.isBefore(remark.createdAt())) {
			throw new IllegalArgumentException("A remark is handled after it was written");
		}
	}

	public enum Status {

		/** 待处理 */
		OPEN,
		/** 已处理 */
		DONE,
		/** 已拒绝: the clerk could not do it, and said why */
		REFUSED

	}

}
