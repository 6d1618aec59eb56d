package io.kefu.ingest.internal;

import java.util.Map;

import io.kefu.order.Flag;
import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

/**
 * What Douyin's 订单状态 and 旗帜颜色 cells mean in Kefu's terms.
 */
final class DouyinOrderTexts {

	/**
	 * Douyin's order states. 备货中 is its name for a paid order waiting to ship; a partly
	 * shipped order (部分发货) still waits for the seller, so it stays PAID. 已关闭 and 已取消 end
	 * the order (cancelled unpaid, or fully refunded).
	 */
	static final StatusTable STATUSES = new StatusTable(Map.ofEntries(Map.entry("待支付", OrderStatus.WAITING_PAYMENT),
			Map.entry("待付款", OrderStatus.WAITING_PAYMENT), Map.entry("待确认", OrderStatus.WAITING_PAYMENT),
			Map.entry("已支付", OrderStatus.PAID), Map.entry("待发货", OrderStatus.PAID), Map.entry("备货中", OrderStatus.PAID),
			Map.entry("部分发货", OrderStatus.PAID), Map.entry("已发货", OrderStatus.SHIPPED),
			Map.entry("已完成", OrderStatus.COMPLETED), Map.entry("已关闭", OrderStatus.CLOSED),
			Map.entry("已取消", OrderStatus.CLOSED)));

	/**
	 * Douyin's flag colours by name. Its own scale is grey, purple, cyan, green, orange,
	 * red (star 0 to 5); Kefu's flags follow Taobao, so cyan is read as BLUE and orange
	 * as YELLOW, the nearest of Taobao's colours. Taobao's names are accepted too.
	 */
	private static final Map<String, Flag> COLOURS = Map.of("灰", Flag.GREY, "紫", Flag.PURPLE, "青", Flag.BLUE, "蓝",
			Flag.BLUE, "绿", Flag.GREEN, "橙", Flag.YELLOW, "黄", Flag.YELLOW, "红", Flag.RED);

	// Douyin's star numbers, which are not Taobao's codes: 0 grey … 5 red
	private static final Flag[] STARS = { Flag.GREY, Flag.PURPLE, Flag.BLUE, Flag.GREEN, Flag.YELLOW, Flag.RED };

	private DouyinOrderTexts() {
	}

	/** The flag of a 旗帜颜色 cell: a colour name (红, 红色, 红旗) or a star number. */
	static @Nullable Flag flag(String text) {
		String colour = ExportCell.text(text);
		if (colour.isEmpty() || colour.equals("-") || colour.equals("无")) {
			return null;
		}
		if (colour.matches("[0-5]")) {
			return STARS[Integer.parseInt(colour)];
		}
		Flag flag = COLOURS.get(colour.replaceAll("[色旗]+$", ""));
		if (flag == null) {
			throw new CellFormatException("imports.error.notFlagColour", colour);
		}
		return flag;
	}

}
