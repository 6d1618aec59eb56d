package io.kefu.order;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A remark waiting on the order clerk's list (打单/审单): seed 000 ④
 * "及时正确的做好备注工作并能确保第一时间告知打单人员, 避免发错货的情况". It is open until the clerk marks it done, which
 * they do once, after reading it before printing.
 */
public record RemarkTask(long id, ShopId shopId, OrderId orderId, OrderNo orderNo, BuyerId buyerId, Remark remark,
		RemarkKind kind, Status status, @Nullable AgentId handledBy, @Nullable Instant handledAt) {

	public RemarkTask {
		if ((status == Status.DONE) != (handledAt != null)) {
			throw new IllegalArgumentException("A remark task has a handling time exactly when it is done");
		}
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/**
	 * The clerk has read the remark and acted on it.
	 * @throws IllegalStateException when it was done already
	 */
	public RemarkTask markDone(AgentId clerkId, Instant at) {
		if (!isOpen()) {
			throw new IllegalStateException("Remark task " + id + " is " + status + " already");
		}
		if (at.isBefore(remark.createdAt())) {
			throw new IllegalArgumentException("A remark is handled after it was written");
		}
		return new RemarkTask(id, shopId, orderId, orderNo, buyerId, remark, kind, Status.DONE, clerkId, at);
	}

	public enum Status {

		/** 待处理 */
		OPEN,
		/** 已处理 */
		DONE

	}

}
