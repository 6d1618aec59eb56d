package io.kefu.order;

import java.util.stream.Collectors;

import io.kefu.customer.PhoneMask;

/**
 * The 核实 message of the reception flow (seed 004: "交易达成前要最后确认"; seed 000 售前规范语言 (6):
 * "亲留的信息是XX(颜色、地址、电话等信息),请您核实一下是否正确?"), built from the order: the receiver's name and
 * address whole, because the buyer must read them to correct them, and the phone masked
 * to its last four digits, which the buyer recognises; then each item with its
 * colour/size (SKU) and quantity.
 */
public final class VerificationMessage {

	private VerificationMessage() {
	}

	public static String of(Order order) {
		StringBuilder text = new StringBuilder("亲留的信息是:");
		Order.Receiver receiver = order.receiver();
		if (receiver != null) {
			text.append("收货人 ").append(receiver.name().strip());
			String phone = PhoneMask.mask(receiver.phone());
			if (phone != null && !phone.isBlank()) {
				text.append(",电话 ").append(phone);
			}
			if (receiver.address() != null && !receiver.address().isBlank()) {
				text.append(",地址 ").append(receiver.address().strip());
			}
			text.append(";");
		}
		text.append("宝贝 ")
			.append(order.items()
				.stream()
				.map(item -> item.title() + (item.skuSpec().isBlank() ? "" : "(" + item.skuSpec() + ")") + " ×"
						+ item.quantity())
				.collect(Collectors.joining("、")));
		return text.append(",请您核实一下是否正确?").toString();
	}

}
