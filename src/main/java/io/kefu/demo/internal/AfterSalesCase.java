package io.kefu.demo.internal;

import java.time.Instant;

/**
 * A buyer who will come back about an order: what went wrong and how it ends. Decided
 * when the order is planned, so the order can carry its refund; the chat is played on the
 * day the buyer writes.
 */
record AfterSalesCase(String nick, String orderNo, Lamp lamp, Destinations.Destination destination, Problem problem,
		Resolution resolution, Instant startsAt, Responder agent) {

	enum Problem {

		/** 破损: broken in transit (seed 003's damaged-goods case) */
		DAMAGED,
		/** 不亮 */
		DEAD,
		/** 七天无理由退货 */
		UNWANTED,
		/** 划痕: a flaw the buyer keeps the lamp for, against a small refund */
		SCRATCHED,
		/** 换颜色 */
		WRONG_COLOUR,
		/** 物流不动 */
		LATE

	}

	enum Resolution {

		ADVICE, RESEND, EXCHANGE, PARTIAL_REFUND, FULL_REFUND

	}

}
