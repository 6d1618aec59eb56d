package io.kefu.ingest.internal;

import java.util.Map;

import io.kefu.order.OrderStatus;

/**
 * The 订单状态 texts of Taobao and Tmall exports; the comma inside may be half- or
 * full-width.
 */
final class TaobaoOrderStatus {

	private static final Map<String, OrderStatus> STATUSES = Map.of("等待买家付款", OrderStatus.WAITING_PAYMENT,
			"买家已付款,等待卖家发货", OrderStatus.PAID, "卖家已发货,等待买家确认", OrderStatus.SHIPPED, "交易成功", OrderStatus.COMPLETED,
			"交易关闭", OrderStatus.CLOSED);

	private TaobaoOrderStatus() {
	}

	static OrderStatus of(String text) {
		OrderStatus status = STATUSES.get(ExportCell.text(text).replace('，', ','));
		if (status == null) {
			throw new CellFormatException("imports.error.notStatus", ExportCell.text(text),
					String.join(" · ", STATUSES.keySet()));
		}
		return status;
	}

}
