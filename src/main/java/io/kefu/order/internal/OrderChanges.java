package io.kefu.order.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.Refund;
import io.kefu.order.Remark;

/**
 * Compares a stored order with the same order as a newer export states it, to tell an
 * update from a repeat. Amounts compare by value (199.0 is 199.00); remarks and refunds
 * compare by what the export can know.
 */
final class OrderChanges {

	private OrderChanges() {
	}

	static boolean changes(Order stored, Order exported) {
		return stored.status() != exported.status() || !stored.createdAt().equals(exported.createdAt())
				|| !Objects.equals(stored.paidAt(), exported.paidAt())
				|| !Objects.equals(stored.shippedAt(), exported.shippedAt())
				|| !Objects.equals(stored.receivedAt(), exported.receivedAt())
				|| !sameAmount(stored.totalAmount(), exported.totalAmount())
				|| !sameAmount(stored.paidAmount(), exported.paidAmount())
				|| !sameAmount(stored.shippingFee(), exported.shippingFee()) || stored.flag() != exported.flag()
				|| !Objects.equals(stored.receiver(), exported.receiver()) || !newRefunds(stored, exported).isEmpty()
				|| !newRemarks(stored, exported).isEmpty() || itemsChange(stored, exported);
	}

	/**
	 * The exported order with the shipping and receipt times of the stored one where the
	 * export has none: an export without those columns (or a later one that no longer
	 * fills them) must not erase what an earlier one said. Compare and store this, not
	 * the bare export. A kept time that the export's own times contradict (shipped before
	 * the order's new creation time, or after its receipt) is dropped: the newer word
	 * wins.
	 */
	static Order keepingKnownTimes(Order stored, Order exported) {
		Instant shipped = exported.shippedAt() != null ? exported.shippedAt() : stored.shippedAt();
		Instant received = exported.receivedAt() != null ? exported.receivedAt() : stored.receivedAt();
		if (shipped != null && shipped.isBefore(exported.createdAt())) {
			shipped = null;
		}
		if (shipped != null && received != null && received.isBefore(shipped)) {
			if (exported.shippedAt() == null) {
				shipped = null;
			}
			else {
				received = null;
			}
		}
		return new Order(exported.id(), exported.shopId(), exported.orderNo(), exported.buyerId(), exported.status(),
				exported.createdAt(), exported.paidAt(), shipped, received, exported.totalAmount(),
				exported.paidAmount(), exported.shippingFee(), exported.flag(), exported.receiver(), exported.items(),
				exported.refunds(), exported.remarks());
	}

	/** The exported refunds that the stored order lacks or holds with other values. */
	static List<Refund> newRefunds(Order stored, Order exported) {
		return exported.refunds()
			.stream()
			.filter(refund -> stored.refunds().stream().noneMatch(known -> same(known, refund)))
			.toList();
	}

	/** The exported remarks whose text the stored order does not have yet. */
	static List<Remark> newRemarks(Order stored, Order exported) {
		return exported.remarks()
			.stream()
			.filter(remark -> stored.remarks().stream().noneMatch(known -> known.text().equals(remark.text())))
			.toList();
	}

	/**
	 * An export with items that differ from the stored ones; an export without items
	 * changes none.
	 */
	static boolean itemsChange(Order stored, Order exported) {
		List<OrderItem> before = stored.items();
		List<OrderItem> after = exported.items();
		if (after.isEmpty()) {
			return false;
		}
		if (before.size() != after.size()) {
			return true;
		}
		for (int i = 0; i < before.size(); i++) {
			if (!same(before.get(i), after.get(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean same(OrderItem known, OrderItem exported) {
		return Objects.equals(known.productId(), exported.productId())
				&& Objects.equals(known.skuId(), exported.skuId()) && known.title().equals(exported.title())
				&& known.skuSpec().equals(exported.skuSpec()) && known.quantity() == exported.quantity()
				&& sameAmount(known.unitPrice(), exported.unitPrice());
	}

	// closedAt is left out: the store stamps it once and an export rarely knows it
	private static boolean same(Refund known, Refund exported) {
		return known.refundNo().equals(exported.refundNo()) && sameAmount(known.amount(), exported.amount())
				&& known.status() == exported.status() && Objects.equals(known.refundedAt(), exported.refundedAt());
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
