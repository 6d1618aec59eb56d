package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An order as the buyer panel beside a chat shows it (docs/orders.md): items, amounts,
 * status, payment time, flag, remarks, the change requests on the clerk's list with their
 * outcome, and the receiver masked ({@link MaskedReceiver}). {@code linked} is true for
 * an order of another buyer row that an agent linked to this buyer; {@code voidability}
 * says whether a cancel-before-print request may be filed.
 */
public record PanelOrder(long id, String orderNo, OrderStatus status, Instant createdAt, @Nullable Instant paidAt,
		@Nullable Instant shippedAt, BigDecimal totalAmount, @Nullable BigDecimal paidAmount, BigDecimal shippingFee,
		BigDecimal refundedAmount, int itemCount, @Nullable Flag flag, @Nullable MaskedReceiver receiver,
		List<Item> items, List<RefundLine> refunds, List<RemarkLine> remarks, List<Request> requests, boolean linked,
		Order.Voidability voidability) {

	public static PanelOrder of(Order order, List<Request> requests, boolean linked) {
		return new PanelOrder(order.id().value(), order.orderNo().value(), order.status(), order.createdAt(),
				order.paidAt(), order.shippedAt(), order.totalAmount(), order.paidAmount(), order.shippingFee(),
				order.refundedAmount(), order.itemCount(), order.flag(), MaskedReceiver.of(order.receiver()),
				order.items().stream().map(Item::of).toList(), order.refunds().stream().map(RefundLine::of).toList(),
				order.remarks().stream().map(RemarkLine::of).toList(), requests, linked, order.voidability());
	}

	public record Item(@Nullable Long productId, String title, String skuSpec, int quantity, BigDecimal unitPrice,
			BigDecimal amount) {

		static Item of(OrderItem item) {
			return new Item(item.productId() == null ? null : item.productId().value(), item.title(), item.skuSpec(),
					item.quantity(), item.unitPrice(), item.amount());
		}
	}

	public record RefundLine(String refundNo, BigDecimal amount, Refund.RefundStatus status, String reason,
			Instant requestedAt, @Nullable Instant refundedAt) {

		static RefundLine of(Refund refund) {
			return new RefundLine(refund.refundNo(), refund.amount(), refund.status(), refund.reason(),
					refund.requestedAt(), refund.refundedAt());
		}
	}

	/** In the order they were written, like the remark field of the marketplace. */
	public record RemarkLine(String text, @Nullable Flag flag, Instant createdAt, @Nullable Long agentId) {

		static RemarkLine of(Remark remark) {
			return new RemarkLine(remark.text(), remark.flag(), remark.createdAt(),
					remark.agentId() == null ? null : remark.agentId().value());
		}
	}

	/**
	 * A change request on the clerk's list (a remark written in Kefu) and its outcome:
	 * open, done, or refused with the clerk's reason.
	 */
	public record Request(long id, RemarkKind kind, String text, @Nullable Flag flag, Instant writtenAt,
			RemarkTask.Status status, @Nullable String handledByName, @Nullable Instant handledAt,
			@Nullable String refusal) {

		public static Request of(RemarkTask task, @Nullable String handledByName) {
			return new Request(task.id(), task.kind(), task.remark().text(), task.remark().flag(),
					task.remark().createdAt(), task.status(), handledByName, task.handledAt(), task.refusal());
		}
	}

}
