package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

import static io.kefu.ingest.internal.PddOrderColumns.*;

/**
 * Reads a Pinduoduo order export (UTF-8 CSV with TABs in its text cells, or
 * {@code .xlsx}): each row is one order and its one line, given as an
 * {@link ExportedOrder} followed by an {@link ExportedItem}, or a {@link RejectedLine}.
 * Receivers stay masked as exported; the buyer is the nick column when there is one, else
 * the masked receiver (see {@link OrderRow#buyer}).
 */
final class PddOrderReport {

	private PddOrderReport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ExportedOrder> orders, Consumer<ExportedItem> items,
			Consumer<ImportError> rejected) throws IOException {
		String name = file.getFileName().toString();
		ExportTable.read(file, ALL, (columns, cells, line) -> {
			OrderRow row = new OrderRow(columns, cells, ORDER_NO);
			try {
				readRow(row, line, orders, items);
			}
			catch (CellFormatException ex) {
				rejected.accept(row.rejected(name, line, ex));
			}
		}, rejected);
	}

	private static void readRow(OrderRow row, long line, Consumer<ExportedOrder> orders, Consumer<ExportedItem> items) {
		String orderNo = row.orderNo(ORDER_NO);
		ExportedOrder order = order(row, line, orderNo);
		BigDecimal goods = row.money(GOODS_TOTAL);
		BigDecimal unitPrice = ((goods != null) ? goods : order.totalAmount())
			.divide(BigDecimal.valueOf(order.itemCount()), 2, RoundingMode.HALF_UP);
		orders.accept(order);
		items.accept(new ExportedItem(line, orderNo, order.itemTitles(), unitPrice, order.itemCount(),
				row.text(PROPERTIES), row.text(OUTER_CODE), order.refundAmount()));
	}

	private static ExportedOrder order(OrderRow row, long line, String orderNo) {
		String statusText = row.text(STATUS);
		OrderStatus status = row.mapped(STATUS, PddOrderTexts.STATUSES);
		String title = row.requiredText(TITLE);
		int quantity = row.quantity(QUANTITY);
		LocalDateTime created = row.dateTime(CREATED_AT);
		LocalDateTime concluded = (created != null) ? row.dateTime(CONCLUDED_AT) : row.requiredDateTime(CONCLUDED_AT);
		LocalDateTime paidColumn = row.dateTime(PAID_AT);
		LocalDateTime paidAt = (status == OrderStatus.WAITING_PAYMENT) ? null
				: (paidColumn != null) ? paidColumn : concluded;
		LocalDateTime createdAt = (created != null) ? created : concluded;
		LocalDateTime shippedAt = row.shippedAt(SHIPPED_AT, createdAt);
		LocalDateTime receivedAt = row.receivedAt(RECEIVED_AT, shippedAt, createdAt, status);
		BigDecimal shipping = orZero(row.money(SHIPPING_FEE));
		BigDecimal total = total(row, shipping);
		String receiverName = row.text(RECEIVER_NAME);
		String receiverPhone = row.text(RECEIVER_PHONE);
		return new ExportedOrder(line, orderNo, row.buyer(BUYER, receiverName, receiverPhone), status, createdAt,
				paidAt, shippedAt, receivedAt, total, (paidAt != null) ? total : null, shipping,
				refund(row, statusText, total), receiverName, receiverPhone,
				row.address(PROVINCE, ADDRESS, CITY, DISTRICT, STREET), row.text(SELLER_REMARK), null,
				row.text(BUYER_MESSAGE), title, quantity);
	}

	/** What the buyer pays: 用户实付金额, else the goods and postage before discounts. */
	private static BigDecimal total(OrderRow row, BigDecimal shipping) {
		BigDecimal goods = row.money(GOODS_TOTAL);
		BigDecimal paid = row.money(PAID_AMOUNT);
		if (paid != null) {
			return paid;
		}
		if (goods == null) {
			throw new CellFormatException("imports.error.emptyAndSoIs", "商品总价(元)");
		}
		return goods.add(shipping);
	}

	/**
	 * The refund: the 退款金额 column when the export has one, else the whole paid amount
	 * once 售后状态 or 订单状态 says 退款成功 (a Pinduoduo order is one product, so a refund is
	 * rarely partial and the export gives no better figure).
	 */
	private static @Nullable BigDecimal refund(OrderRow row, String statusText, BigDecimal total) {
		BigDecimal amount = row.money(REFUND_AMOUNT);
		if (amount != null) {
			return (amount.signum() == 0) ? null : amount;
		}
		boolean refunded = AfterSaleStatus.refunded(row.text(AFTER_SALE)) || AfterSaleStatus.refunded(statusText);
		return refunded ? total : null;
	}

	private static BigDecimal orZero(@Nullable BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO.setScale(2);
	}

}
