package io.kefu.ingest.internal;

import java.util.Map;

import io.kefu.order.Flag;
import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

/**
 * What JD's 订单状态 and 商家备注等级 cells mean in Kefu's terms.
 */
final class JdOrderTexts {

	/**
	 * JD's order states as the seller back-end names them (its API's
	 * WAIT_SELLER_STOCK_OUT, WAIT_GOODS_RECEIVE_CONFIRM, FINISHED_L, TRADE_CANCELED,
	 * LOCKED, PAUSE …). 等待付款确认 is a cash-on-delivery or bank transfer not yet confirmed.
	 * 暂停 (paused) and 锁定 (locked while a cancellation or refund request is decided) are
	 * paid orders not shipped yet, so PAID until JD settles them. 发往配送中心 and 配送中心已收货
	 * (shops whose goods JD delivers) mean the goods have left the seller: SHIPPED; 收款确认
	 * is JD's "service completed" for them. JD has no "closed": 已取消 and 删除 end an order.
	 */
	static final StatusTable STATUSES = new StatusTable(Map.ofEntries(Map.entry("等待付款", OrderStatus.WAITING_PAYMENT),
			Map.entry("等待付款确认", OrderStatus.WAITING_PAYMENT), Map.entry("等待出库", OrderStatus.PAID),
			Map.entry("等待发货", OrderStatus.PAID), Map.entry("暂停", OrderStatus.PAID), Map.entry("锁定", OrderStatus.PAID),
			Map.entry("已锁定", OrderStatus.PAID), Map.entry("发往配送中心", OrderStatus.SHIPPED),
			Map.entry("配送中心已收货", OrderStatus.SHIPPED), Map.entry("等待确认收货", OrderStatus.SHIPPED),
			Map.entry("收款确认", OrderStatus.COMPLETED), Map.entry("完成", OrderStatus.COMPLETED),
			Map.entry("已完成", OrderStatus.COMPLETED), Map.entry("已取消", OrderStatus.CLOSED),
			Map.entry("取消", OrderStatus.CLOSED), Map.entry("删除", OrderStatus.CLOSED)));

	private JdOrderTexts() {
	}

	/**
	 * The seller's flag from 商家备注等级: JD's levels 1 to 5 ("由高到低", highest first) are the
	 * red, yellow, green, blue and purple flags of its back-end, the same colours in the
	 * same order as Taobao's codes 1 to 5, so the level is read as a Taobao code. An
	 * empty cell (or 0) is no flag.
	 */
	static @Nullable Flag flag(String text) {
		Integer level = ExportCell.count(text);
		if (level == null || level == 0) {
			return null;
		}
		if (level < 1 || level > 5) {
			throw new CellFormatException("imports.error.notFlagLevel", ExportCell.text(text));
		}
		return Flag.ofTaobaoCode(level);
	}

}
