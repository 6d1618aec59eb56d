package io.kefu.followup;

/** What a follow-up follows up. */
public enum FollowupKind {

	/** 催付: an order placed and not paid. */
	PAYMENT_REMINDER,
	/** 询单未下单: a buyer who asked and did not order. */
	INQUIRY,
	/** 留言: a message left while nobody was at the desk. */
	OFFLINE_MESSAGE,
	/** 好评提醒: a delivered order not yet reviewed. */
	REVIEW_REMINDER,
	/** 回访: an after-sales case that closed. */
	AFTER_SALES_VISIT,
	/** 二次营销: a past buyer offered a promotion. */
	SECOND_MARKETING

}
