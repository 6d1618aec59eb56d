package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import io.kefu.order.OrderStatus;

import static io.kefu.ingest.internal.TaobaoOrderColumns.*;

/**
 * Streams a Taobao/Tmall 订单报表 (ExportOrderList*.csv in GBK or UTF-8, or the Qianniu
 * .xlsx): every row becomes an {@link ExportedOrder} or a {@link RejectedLine}; memory
 * does not grow with the file.
 */
final class TaobaoOrderReport {

	private TaobaoOrderReport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ExportedOrder> orders, Consumer<ImportError> rejected) throws IOException {
		String name = file.getFileName().toString();
		ExportTable.read(file, ALL, (columns, row, line) -> readRow(name, columns, row, line, orders, rejected),
				rejected);
	}

	private static void readRow(String name, ColumnIndex columns, List<String> row, long line,
			Consumer<ExportedOrder> orders, Consumer<ImportError> rejected) {
		Column field = ORDER_NO;
		try {
			String orderNo = ExportCell.orderNo(columns.cell(row, ORDER_NO));
			field = BUYER_NICK;
			String buyer = required(ExportCell.text(columns.cell(row, BUYER_NICK)));
			field = STATUS;
			OrderStatus status = TaobaoOrderStatus.of(columns.cell(row, STATUS));
			field = CREATED_AT;
			LocalDateTime createdAt = required(ExportCell.dateTime(columns.cell(row, CREATED_AT)));
			field = PAID_AT;
			LocalDateTime paidAt = ExportCell.dateTime(columns.cell(row, PAID_AT));
			if (paidAt != null && paidAt.isBefore(createdAt)) {
				throw new CellFormatException("imports.error.paidBeforeCreated", paidAt.toString());
			}
			field = SHIPPED_AT;
			LocalDateTime shippedAt = DeliveryTimes.shipped(ExportCell.dateTime(columns.cell(row, SHIPPED_AT)),
					createdAt);
			field = RECEIVED_AT;
			LocalDateTime receivedAt = DeliveryTimes.received(ExportCell.dateTime(columns.cell(row, RECEIVED_AT)),
					shippedAt, createdAt, status);
			field = PAID_AMOUNT;
			BigDecimal paid = ExportCell.money(columns.cell(row, PAID_AMOUNT));
			field = TOTAL_AMOUNT;
			BigDecimal total = orElse(ExportCell.money(columns.cell(row, TOTAL_AMOUNT)), paid);
			field = SHIPPING_FEE;
			BigDecimal shipping = orElse(ExportCell.money(columns.cell(row, SHIPPING_FEE)),
					BigDecimal.ZERO.setScale(2));
			field = REFUND_AMOUNT;
			BigDecimal refund = ExportCell.money(columns.cell(row, REFUND_AMOUNT));
			field = ITEM_COUNT;
			Integer items = ExportCell.count(columns.cell(row, ITEM_COUNT));
			if (total == null) {
				field = TOTAL_AMOUNT;
				throw new CellFormatException("imports.error.emptyNoPaidAmount");
			}
			orders.accept(new ExportedOrder(line, orderNo, buyer, status, createdAt, paidAt, shippedAt, receivedAt,
					total, paidAt == null ? null : paid, shipping, refund, text(columns, row, RECEIVER_NAME),
					text(columns, row, RECEIVER_PHONE), text(columns, row, RECEIVER_ADDRESS),
					text(columns, row, SELLER_REMARK), null, text(columns, row, BUYER_MESSAGE),
					text(columns, row, ITEM_TITLES), items == null ? 0 : items));
		}
		catch (CellFormatException ex) {
			rejected.accept(RejectedLine.of(name, line, field.name(), ex));
		}
	}

	private static String text(ColumnIndex columns, List<String> row, Column column) {
		return ExportCell.text(columns.cell(row, column));
	}

	private static <T> T required(T value) {
		if (value == null || value instanceof String text && text.isEmpty()) {
			throw new CellFormatException("imports.error.empty");
		}
		return value;
	}

	private static <T> T orElse(T value, T fallback) {
		return value == null ? fallback : value;
	}

}
