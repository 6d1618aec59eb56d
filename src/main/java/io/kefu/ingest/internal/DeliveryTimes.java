package io.kefu.ingest.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

/**
 * The checks every order export's shipping (发货) and receipt (确认收货) times pass: a time out
 * of order is the line's error, never a row the database refuses. The caller reads the
 * cell first, so an error names the column it came from.
 */
final class DeliveryTimes {

	// as the exports write times, not LocalDateTime's 2024-03-05T20:00
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private DeliveryTimes() {
	}

	static @Nullable LocalDateTime shipped(@Nullable LocalDateTime shippedAt, LocalDateTime createdAt) {
		if (shippedAt != null && shippedAt.isBefore(createdAt)) {
			throw new CellFormatException("imports.error.beforeCreated", SHOWN.format(shippedAt));
		}
		return shippedAt;
	}

	/**
	 * The receipt time of an order that got that far: a closed order that was never
	 * shipped has nothing to receive, and what some exports write in their 完成时间 there is
	 * when it was closed.
	 */
	static @Nullable LocalDateTime received(@Nullable LocalDateTime receivedAt, @Nullable LocalDateTime shippedAt,
			LocalDateTime createdAt, OrderStatus status) {
		if (receivedAt == null || (status != OrderStatus.COMPLETED && shippedAt == null)) {
			return null;
		}
		if (shippedAt != null && receivedAt.isBefore(shippedAt)) {
			throw new CellFormatException("imports.error.beforeShipped", SHOWN.format(receivedAt));
		}
		if (receivedAt.isBefore(createdAt)) {
			throw new CellFormatException("imports.error.beforeCreated", SHOWN.format(receivedAt));
		}
		return receivedAt;
	}

}
