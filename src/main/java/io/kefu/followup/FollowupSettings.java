package io.kefu.followup;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * A shop's follow-up settings. Times of day are shop time.
 *
 * @param reminderDelay how long after an order was placed unpaid its reminder falls due
 * @param overdueAfter a reminder not started this long after the order was placed is
 * overdue (seed 000: within 12 hours)
 * @param reminderWindow a reminder succeeds when the order is paid within this long after
 * the first touch (DOMAIN.md)
 * @param messageWindow when messages may go out
 * @param callWindows when buyers may be called: not at meal times (seed 003 任务6.2)
 * @param reasons the closed list of reasons a buyer gives for not paying; the last one,
 * 其他, asks for the reason in words
 * @param reviewDays days after the buyer confirmed receipt when a review reminder falls
 * due (seed 003 任务6.1: 确认收到商品超过2天还没给评价)
 * @param deliveryDays how long a parcel takes, standing in for the receipt of an order
 * whose export gave only its shipping time
 * @param visitDays days after an after-sales case closed when its visit (回访) falls due
 * @param cutOff the ship-today cut-off the second message promises (截单时间)
 * @param gift the compensation gift the second message offers (赠品)
 */
public record FollowupSettings(Duration reminderDelay, Duration overdueAfter, Duration reminderWindow,
		TimeWindow messageWindow, List<TimeWindow> callWindows, List<String> reasons, int reviewDays, int deliveryDays,
		int visitDays, LocalTime cutOff, String gift) {

	/** The reason that must be put in words. */
	public static final String OTHER_REASON = "其他";

	public static final FollowupSettings DEFAULTS = new FollowupSettings(Duration.ofMinutes(30), Duration.ofHours(12),
			Duration.ofHours(24), new TimeWindow(LocalTime.of(9, 0), LocalTime.of(22, 0)),
			List.of(new TimeWindow(LocalTime.of(10, 0), LocalTime.of(11, 30)),
					new TimeWindow(LocalTime.of(14, 30), LocalTime.of(17, 30))),
			List.of("忘记付款", "还在考虑", "价格/优惠", "物流/时效", "功能不符", "已在别家购买", "联系不上", OTHER_REASON), 2, 3, 1,
			LocalTime.of(16, 0), "小礼品一份");

	public FollowupSettings {
		callWindows = List.copyOf(callWindows);
		reasons = List.copyOf(reasons);
	}

	public boolean mayMessageAt(LocalTime time) {
		return messageWindow.contains(time);
	}

	public boolean mayCallAt(LocalTime time) {
		return callWindows.stream().anyMatch(window -> window.contains(time));
	}

}
