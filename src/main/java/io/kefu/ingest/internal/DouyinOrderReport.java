package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

import static io.kefu.ingest.internal.DouyinOrderColumns.*;

/**
 * Reads a Douyin 抖店 order export ({@code .xlsx} or {@code .csv}) with one row per
 * sub-order: the first row of each 主订单编号 gives the {@link ExportedOrder}, whose amounts
 * and refunds are the sums of its sub-orders', and every row an {@link ExportedItem}; a
 * row that cannot be read becomes a {@link RejectedLine}.
 */
final class DouyinOrderReport {

	private DouyinOrderReport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ExportedOrder> orders, Consumer<ExportedItem> items,
			Consumer<ImportError> rejected) throws IOException {
		OrderLines.read(file, ALL, ORDER_NO, true, orders, items, rejected, DouyinOrderReport::readRow);
	}

	private static void readRow(OrderRow row, long line, OrderLines lines) {
		String orderNo = row.orderNo(ORDER_NO);
		String title = row.requiredText(TITLE);
		BigDecimal unitPrice = row.requiredMoney(UNIT_PRICE);
		int quantity = row.quantity(QUANTITY);
		BigDecimal payable = row.money(PAYABLE);
		BigDecimal amount = (payable != null) ? payable : unitPrice.multiply(BigDecimal.valueOf(quantity));
		// a refund on Douyin is per sub-order; the export gives its state, not its amount
		BigDecimal refund = AfterSaleStatus.refunded(row.text(AFTER_SALE)) ? amount : null;
		ExportedItem item = new ExportedItem(line, orderNo, title, unitPrice, quantity, row.text(PROPERTIES),
				row.text(OUTER_CODE), refund);
		if (lines.isNew(orderNo)) {
			lines.start(order(row, line, orderNo));
		}
		lines.add(item, amount);
	}

	private static ExportedOrder order(OrderRow row, long line, String orderNo) {
		OrderStatus status = row.mapped(STATUS, DouyinOrderTexts.STATUSES);
		LocalDateTime createdAt = row.requiredDateTime(CREATED_AT);
		LocalDateTime paidAt = (status == OrderStatus.WAITING_PAYMENT) ? null : row.dateTime(PAID_AT);
		LocalDateTime shippedAt = row.shippedAt(SHIPPED_AT, createdAt);
		LocalDateTime receivedAt = row.receivedAt(RECEIVED_AT, shippedAt, createdAt, status);
		BigDecimal shipping = row.money(SHIPPING_FEE);
		String receiverName = row.text(RECEIVER_NAME);
		String receiverPhone = row.text(RECEIVER_PHONE);
		// amounts are placeholders here: OrderLines sums the sub-orders'
		BigDecimal amounts = BigDecimal.ZERO;
		return new ExportedOrder(line, orderNo, row.buyer(BUYER, receiverName, receiverPhone), status, createdAt,
				paidAt, shippedAt, receivedAt, amounts, (paidAt != null) ? amounts : null, orZero(shipping), null,
				receiverName, receiverPhone, row.address(PROVINCE, ADDRESS, CITY, DISTRICT, STREET),
				row.text(SELLER_REMARK), row.mapped(FLAG, DouyinOrderTexts::flag), row.text(BUYER_MESSAGE), "", 0);
	}

	private static BigDecimal orZero(@Nullable BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO.setScale(2);
	}

}
