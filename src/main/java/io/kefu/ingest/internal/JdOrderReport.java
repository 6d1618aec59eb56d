package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import io.kefu.order.OrderStatus;

import static io.kefu.ingest.internal.JdOrderColumns.*;

/**
 * Reads a JD order export ({@code .xls}, {@code .xlsx} or a CSV re-save), which has one
 * row per order line: the first row of each order number gives the {@link ExportedOrder},
 * every row an {@link ExportedItem}; a row that cannot be read becomes a
 * {@link RejectedLine}.
 * <p>
 * The order's total is 订单金额 (its value before discounts) and what the buyer paid is 应付金额,
 * each standing in for the other when missing; the paid amount is only given once 付款确认时间
 * says the payment arrived, so cash-on-delivery orders stay unpaid until then. 下单帐号
 * identifies the buyer, the masked receiver when it is empty.
 */
final class JdOrderReport {

	private JdOrderReport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ExportedOrder> orders, Consumer<ExportedItem> items,
			Consumer<ImportError> rejected) throws IOException {
		OrderLines.read(file, ALL, ORDER_NO, false, orders, items, rejected, JdOrderReport::readRow);
	}

	private static void readRow(OrderRow row, long line, OrderLines lines) {
		String orderNo = row.orderNo(ORDER_NO);
		ExportedItem item = new ExportedItem(line, orderNo, row.requiredText(TITLE), row.requiredMoney(UNIT_PRICE),
				row.quantity(QUANTITY), "", row.text(OUTER_CODE), null);
		if (lines.isNew(orderNo)) {
			lines.start(order(row, line, orderNo));
		}
		lines.add(item, BigDecimal.ZERO);
	}

	private static ExportedOrder order(OrderRow row, long line, String orderNo) {
		OrderStatus status = row.mapped(STATUS, JdOrderTexts.STATUSES);
		LocalDateTime createdAt = row.requiredDateTime(CREATED_AT);
		LocalDateTime paidAt = row.dateTime(PAID_AT);
		LocalDateTime shippedAt = row.shippedAt(SHIPPED_AT, createdAt);
		LocalDateTime receivedAt = row.receivedAt(RECEIVED_AT, shippedAt, createdAt, status);
		BigDecimal payable = row.money(PAYABLE);
		BigDecimal total = row.money(ORDER_AMOUNT);
		if (total == null && payable == null) {
			throw new CellFormatException("imports.error.emptyAndSoIs", "应付金额");
		}
		BigDecimal paid = (payable != null) ? payable : total;
		BigDecimal shipping = row.money(SHIPPING_FEE);
		String receiverName = row.text(RECEIVER_NAME);
		String receiverPhone = row.text(RECEIVER_PHONE);
		return new ExportedOrder(line, orderNo, row.buyer(BUYER_ACCOUNT, receiverName, receiverPhone), status,
				createdAt, paidAt, shippedAt, receivedAt, (total != null) ? total : payable,
				(paidAt != null) ? paid : null, (shipping != null) ? shipping : BigDecimal.ZERO.setScale(2), null,
				receiverName, receiverPhone, row.text(RECEIVER_ADDRESS), row.text(SELLER_REMARK),
				row.mapped(REMARK_LEVEL, JdOrderTexts::flag), row.text(BUYER_MESSAGE), "", 0);
	}

}
