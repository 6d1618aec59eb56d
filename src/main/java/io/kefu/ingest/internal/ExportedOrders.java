package io.kefu.ingest.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderNo;
import io.kefu.order.Refund;
import io.kefu.order.Remark;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;

/**
 * Turns an exported order into the core model's order, as the export states it. The
 * export's times are the shop's local times; its refund amount becomes one refund with no
 * refund time (DOMAIN.md counts such a refund on the payment's business day); its seller
 * remark becomes a remark with the order's flag.
 */
final class ExportedOrders {

	/** The refund number of the order-level refund an order report states. */
	static final String REPORT_REFUND = "订单报表";

	private ExportedOrders() {
	}

	static Order toOrder(ExportedOrder exported, Shop shop, BuyerId buyerId) {
		var createdAt = instant(exported.createdAt(), shop);
		var paidAt = exported.paidAt() == null ? null : instant(exported.paidAt(), shop);
		var shippedAt = exported.shippedAt() == null ? null : instant(exported.shippedAt(), shop);
		var receivedAt = exported.receivedAt() == null ? null : instant(exported.receivedAt(), shop);
		var paidAmount = paidAt == null ? null
				: exported.paidAmount() != null ? exported.paidAmount() : exported.totalAmount();
		List<Refund> refunds = new ArrayList<>();
		if (paidAt != null && exported.refundAmount() != null && exported.refundAmount().signum() > 0) {
			// closed when the store first learns of it: the report gives no time for the
			// refund
			refunds.add(new Refund(REPORT_REFUND, exported.refundAmount(), Refund.RefundStatus.REFUNDED, "", paidAt,
					null, null));
		}
		List<Remark> remarks = exported.sellerRemark().isEmpty() ? List.of()
				: List.of(new Remark(null, exported.sellerRemark(), exported.flag(), createdAt));
		return new Order(null, shop.id(), OrderNo.of(exported.orderNo()), buyerId, exported.status(), createdAt, paidAt,
				shippedAt, receivedAt, exported.totalAmount(), paidAmount, exported.shippingFee(), exported.flag(),
				receiver(exported), List.of(), refunds, remarks);
	}

	static java.time.Instant instant(LocalDateTime local, Shop shop) {
		return local.atZone(shop.timeZone()).toInstant();
	}

	private static Order.@Nullable Receiver receiver(ExportedOrder exported) {
		if (exported.receiverName().isEmpty() && exported.receiverPhone().isEmpty()
				&& exported.receiverAddress().isEmpty()) {
			return null;
		}
		return new Order.Receiver(exported.receiverName(), exported.receiverPhone(), exported.receiverAddress());
	}

}
