package io.kefu.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import io.kefu.order.Flag;
import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

/**
 * One order as an order report gives it, values already cleaned; times are the shop's
 * local times, shipping (发货) and receipt (确认收货) null when the export does not say.
 * Receiver fields stay masked when the export masked them. Exports with one row per order
 * line give the order once, from its first row, and each line as an {@link ExportedItem}.
 */
record ExportedOrder(long line, String orderNo, String buyerNick, OrderStatus status, LocalDateTime createdAt,
		@Nullable LocalDateTime paidAt, @Nullable LocalDateTime shippedAt, @Nullable LocalDateTime receivedAt,
		BigDecimal totalAmount, @Nullable BigDecimal paidAmount, BigDecimal shippingFee,
		@Nullable BigDecimal refundAmount, String receiverName, String receiverPhone, String receiverAddress,
		String sellerRemark, @Nullable Flag flag, String buyerMessage, String itemTitles, int itemCount) {

	/** About how much text the order holds, for bounding what waits in memory. */
	long characters() {
		return orderNo.length() + buyerNick.length() + receiverName.length() + receiverPhone.length()
				+ receiverAddress.length() + sellerRemark.length() + buyerMessage.length() + itemTitles.length();
	}

}
