package io.kefu.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.TargetGap;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.reception.OfflineMessage;

import org.jspecify.annotations.Nullable;

/**
 * The pre-sales agent's daily start (每日开工, seed 000 客服售前工作流程): yesterday's leftover
 * messages, yesterday's figures against the targets, yesterday's abnormal orders, its
 * unpaid orders with their reasons, and the payment reminders due now. An agent's own
 * figures and tasks (with the group's unassigned ones); a supervisor's are the team's.
 *
 * @param leftovers offline messages (留言) left before today and not handled, oldest first
 * @param unpaid yesterday's payment reminders by outcome so far, and their reasons
 * @param dueNow open payment reminders due now, the one due longest first
 * @param inquiries open follow-ups of inquiries that did not order, due now
 * @param afterSales open review reminders and after-sales visits due now, the one due
 * longest first
 */
public record DailyStart(LocalDate today, LocalDate yesterday, List<OfflineMessage> leftovers, Headline headline,
		List<AbnormalOrder> abnormalOrders, Unpaid unpaid, List<Followup> dueNow, List<Followup> inquiries,
		List<Followup> afterSales) {

	public DailyStart {
		leftovers = List.copyOf(leftovers);
		abnormalOrders = List.copyOf(abnormalOrders);
		dueNow = List.copyOf(dueNow);
		inquiries = List.copyOf(inquiries);
		afterSales = List.copyOf(afterSales);
	}

	/**
	 * Yesterday's figures and the week's so far (Monday to yesterday), each with its gap
	 * to the targets; null when there were none.
	 */
	public record Headline(@Nullable AgentFigures yesterday, @Nullable TargetGap yesterdayGap,
			@Nullable AgentFigures week, @Nullable TargetGap weekGap, LocalDate weekFrom, boolean stale,
			boolean provisional) {
	}

	/** An order of yesterday that needs a look, and why. */
	public record AbnormalOrder(OrderId orderId, OrderNo orderNo, String buyerNick, Instant createdAt,
			BigDecimal totalAmount, Set<Abnormality> abnormalities) {

		public AbnormalOrder {
			abnormalities = Set.copyOf(abnormalities);
		}

	}

	public enum Abnormality {

		/** 未付款 */
		UNPAID,
		/** 申请退款 */
		REFUND_REQUESTED,
		/** 改地址待处理: an address remark still on the clerk's list. */
		ADDRESS_CHANGE_PENDING

	}

	/**
	 * @param orders yesterday's orders that got a payment reminder
	 * @param byStatus how many are where, by status
	 * @param reasons the reasons recorded so far, most frequent first
	 */
	public record Unpaid(long orders, Map<FollowupStatus, Long> byStatus, Map<String, Long> reasons) {

		public Unpaid {
			byStatus = Map.copyOf(byStatus);
			reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
		}

		public long stillUnpaid() {
			return byStatus.getOrDefault(FollowupStatus.OPEN, 0L) + byStatus.getOrDefault(FollowupStatus.UNPAID, 0L);
		}

	}

}
