package io.kefu.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.followup.TouchRefusedException.Refusal;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OneTouchFollowupUnitTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final AgentId AFTER_SALES_AGENT = AgentId.of(4);

	private static final OneTouchFollowup REVIEW = OneTouchFollowup.reviewReminder(FollowupSettings.DEFAULTS, SHANGHAI);

	private static final OneTouchFollowup VISIT = OneTouchFollowup.afterSalesVisit(FollowupSettings.DEFAULTS, SHANGHAI);

	private static final OneTouchFollowup OFFLINE = OneTouchFollowup.offlineMessageReply(FollowupSettings.DEFAULTS,
			SHANGHAI);

	private static final TouchRequest SENT_IN_CLIENT = new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT,
			null, null);

	private static Instant at(String time) {
		return LocalDateTime.parse("2026-12-07T" + time).atZone(SHANGHAI).toInstant();
	}

	/** A task of the kind that fell due at 09:00 on 7 December, nobody's yet. */
	private static Followup due(FollowupKind kind) {
		return new Followup(FollowupId.of(9), ShopId.of(1), kind, OrderId.of(5), OrderNo.of("4012345678901234567"),
				BuyerId.of(7), "tb_buyer", null, SkillGroup.AFTER_SALES, at("09:00").minusSeconds(86_400 * 2),
				at("09:00"), FollowupStatus.OPEN, List.of(), null, null, null, null, new BigDecimal("199.00"));
	}

	private static Refusal refusalOf(Runnable touch) {
		return assertThatExceptionOfType(TouchRefusedException.class).isThrownBy(touch::run).actual().refusal();
	}

	@Test
	void oneMessageEndsTheReviewReminder() {
		Followup done = REVIEW.touch(due(FollowupKind.REVIEW_REMINDER), SENT_IN_CLIENT, AFTER_SALES_AGENT, at("10:00"));

		assertThat(done.status()).isEqualTo(FollowupStatus.DONE);
		assertThat(done.closedAt()).isEqualTo(at("10:00"));
		assertThat(done.touches()).singleElement().satisfies(touch -> {
			assertThat(touch.step()).isEqualTo(1);
			assertThat(touch.outcome()).isEqualTo(TouchOutcome.SENT_IN_CLIENT);
			assertThat(touch.agentId()).isEqualTo(AFTER_SALES_AGENT);
		});
	}

	@Test
	void aReviewReminderIsNotACallNorSentOutsideTheMessageWindow() {
		Followup task = due(FollowupKind.REVIEW_REMINDER);

		assertThat(refusalOf(() -> REVIEW.touch(task,
				new TouchRequest(Channel.PHONE, TouchOutcome.ANSWERED, null, null), AFTER_SALES_AGENT, at("10:00"))))
			.isEqualTo(Refusal.WRONG_CHANNEL);
		assertThat(refusalOf(() -> REVIEW.touch(task, SENT_IN_CLIENT, AFTER_SALES_AGENT, at("22:30"))))
			.isEqualTo(Refusal.OUTSIDE_MESSAGE_WINDOW);
		assertThat(refusalOf(() -> REVIEW.touch(task, SENT_IN_CLIENT, AFTER_SALES_AGENT, at("08:59"))))
			.isEqualTo(Refusal.NOT_DUE);
	}

	@Test
	void aReasonForNotPayingHasNoPlaceAfterTheSale() {
		assertThat(refusalOf(() -> REVIEW.touch(due(FollowupKind.REVIEW_REMINDER),
				new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, "还在考虑", null), AFTER_SALES_AGENT,
				at("10:00"))))
			.isEqualTo(Refusal.UNKNOWN_REASON);
	}

	@Test
	void theVisitIsACallInsideACallWindowOrAMessage() {
		Followup task = due(FollowupKind.AFTER_SALES_VISIT);
		TouchRequest answered = new TouchRequest(Channel.PHONE, TouchOutcome.ANSWERED, null, "问题已解决,很满意");

		Followup called = VISIT.touch(task, answered, AFTER_SALES_AGENT, at("10:15"));
		Followup messaged = VISIT.touch(task, SENT_IN_CLIENT, AFTER_SALES_AGENT, at("12:00"));

		assertThat(called.status()).isEqualTo(FollowupStatus.DONE);
		assertThat(called.lastTouch().orElseThrow().note()).isEqualTo("问题已解决,很满意");
		assertThat(messaged.status()).isEqualTo(FollowupStatus.DONE);
		assertThat(VISIT.channelOf(1)).isEqualTo(Channel.PHONE);
		assertThat(refusalOf(() -> VISIT.touch(task, answered, AFTER_SALES_AGENT, at("12:00"))))
			.isEqualTo(Refusal.OUTSIDE_CALL_WINDOW);
	}

	@Test
	void aVisitDoesNotEndWithAPromiseToPay() {
		assertThat(refusalOf(() -> VISIT.touch(due(FollowupKind.AFTER_SALES_VISIT),
				new TouchRequest(Channel.PHONE, TouchOutcome.PROMISED, null, null), AFTER_SALES_AGENT, at("10:15"))))
			.isEqualTo(Refusal.WRONG_OUTCOME);
		assertThat(VISIT.outcomesOf(1)).containsExactly(TouchOutcome.SENT, TouchOutcome.SENT_IN_CLIENT,
				TouchOutcome.ANSWERED, TouchOutcome.NOT_ANSWERED);
		assertThat(REVIEW.outcomesOf(1)).containsExactly(TouchOutcome.SENT, TouchOutcome.SENT_IN_CLIENT);
	}

	@Test
	void aSecondTouchIsRefused() {
		Followup done = OFFLINE.touch(due(FollowupKind.OFFLINE_MESSAGE), SENT_IN_CLIENT, AFTER_SALES_AGENT,
				at("10:00"));

		assertThat(refusalOf(() -> OFFLINE.touch(done, SENT_IN_CLIENT, AFTER_SALES_AGENT, at("10:05"))))
			.isEqualTo(Refusal.SEQUENCE_ENDED);
	}

	@Test
	void aRefundRequestCallsOffAnOpenReviewReminderOnly() {
		Followup open = due(FollowupKind.REVIEW_REMINDER);
		Followup sent = REVIEW.touch(open, SENT_IN_CLIENT, AFTER_SALES_AGENT, at("10:00"));

		Followup calledOff = REVIEW.settleDisputed(open, at("11:00"));

		assertThat(calledOff.status()).isEqualTo(FollowupStatus.CANCELLED);
		assertThat(calledOff.closedAt()).isEqualTo(at("11:00"));
		assertThat(REVIEW.settleDisputed(sent, at("11:00"))).isSameAs(sent);
		assertThat(REVIEW.settleDisputed(due(FollowupKind.AFTER_SALES_VISIT), at("11:00")).status())
			.isEqualTo(FollowupStatus.OPEN);
	}

	@Test
	void anOfflineMessageHandledAtTheDeskEndsItsTaskAsTheHandlersWork() {
		Followup handled = OFFLINE.settleHandled(due(FollowupKind.OFFLINE_MESSAGE), AFTER_SALES_AGENT, at("09:30"));

		assertThat(handled.status()).isEqualTo(FollowupStatus.DONE);
		assertThat(handled.agentId()).isEqualTo(AFTER_SALES_AGENT);
		assertThat(handled.closedAt()).isEqualTo(at("09:30"));
		assertThat(handled.touches()).isEmpty();
	}

	@Test
	void noneOfTheseIsEverOverdue() {
		assertThat(REVIEW.isOverdue(due(FollowupKind.REVIEW_REMINDER), at("23:00").plusSeconds(86_400 * 30))).isFalse();
	}

}
