package io.kefu.ingest.internal;

import java.util.Map;

import io.kefu.order.OrderStatus;

/**
 * What Pinduoduo's 订单状态 cells mean in Kefu's terms.
 */
final class PddOrderTexts {

	/**
	 * Pinduoduo's order states: 待支付, 待发货, 已发货，待签收, 已签收, 未发货，退款成功, 已发货，退款成功, 已取消 (also
	 * seen without the comma, and with 待收货 for 待签收). Orders refunded before or after
	 * shipping and cancelled ones are CLOSED; a refunded order still carries its payment,
	 * and its refund comes from 售后状态 or the status itself.
	 */
	static final StatusTable STATUSES = new StatusTable(
			Map.ofEntries(Map.entry("待支付", OrderStatus.WAITING_PAYMENT), Map.entry("待付款", OrderStatus.WAITING_PAYMENT),
					Map.entry("待成团", OrderStatus.PAID), Map.entry("待发货", OrderStatus.PAID),
					Map.entry("已发货,待签收", OrderStatus.SHIPPED), Map.entry("已发货,待收货", OrderStatus.SHIPPED),
					Map.entry("已发货", OrderStatus.SHIPPED), Map.entry("已签收", OrderStatus.COMPLETED),
					Map.entry("已收货", OrderStatus.COMPLETED), Map.entry("交易成功", OrderStatus.COMPLETED),
					Map.entry("已取消", OrderStatus.CLOSED), Map.entry("交易关闭", OrderStatus.CLOSED),
					Map.entry("未发货,退款成功", OrderStatus.CLOSED), Map.entry("未发货退款成功", OrderStatus.CLOSED),
					Map.entry("已发货,退款成功", OrderStatus.CLOSED), Map.entry("已发货退款成功", OrderStatus.CLOSED)));

	private PddOrderTexts() {
	}

}
