package io.kefu.followup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.followup.TouchRefusedException.Refusal;
import io.kefu.order.OrderId;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderStatus;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PaymentReminderUnitTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final AgentId XIAOMEI = AgentId.of(3);

	private static final PaymentReminder REMINDER = new PaymentReminder(FollowupSettings.DEFAULTS, SHANGHAI);

	private static final TouchRequest MESSAGE = new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT, null, null);

	private static final TouchRequest CALL_ANSWERED = new TouchRequest(Channel.PHONE, TouchOutcome.ANSWERED, "还在考虑",
			null);

	private static final TouchRequest LAST_MESSAGE = new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT,
			null, null);

	/** Shop time on the order's day. */
	private static Instant at(String time) {
		return LocalDateTime.parse("2026-12-06T" + time).atZone(SHANGHAI).toInstant();
	}

	private static Followup placedAt(String time) {
		Instant placed = at(time);
		return new Followup(FollowupId.of(1), ShopId.of(1), FollowupKind.PAYMENT_REMINDER, OrderId.of(5),
				OrderNo.of("4012345678901234567"), BuyerId.of(7), "tb_buyer", XIAOMEI, SkillGroup.PRE_SALES, placed,
				placed.plus(Duration.ofMinutes(30)), FollowupStatus.OPEN, List.of(), null, null, null, null,
				new BigDecimal("199.00"));
	}

	private static Followup touchedThrice() {
		Followup task = REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:40"));
		task = REMINDER.touch(task, MESSAGE, XIAOMEI, at("10:10"));
		return REMINDER.touch(task, CALL_ANSWERED, XIAOMEI, at("10:30"));
	}

	private static Refusal refusalOf(Runnable touch) {
		return assertThatExceptionOfType(TouchRefusedException.class).isThrownBy(touch::run).actual().refusal();
	}

	@Test
	void fourTouchesInOrderEndTheReminderUnpaidWithTheBuyersReason() {
		Followup ended = REMINDER.touch(touchedThrice(), LAST_MESSAGE, XIAOMEI, at("10:45"));

		assertThat(ended.status()).isEqualTo(FollowupStatus.UNPAID);
		assertThat(ended.touches()).extracting(Touch::step, Touch::channel, Touch::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, Channel.MESSAGE, TouchOutcome.SENT),
					org.assertj.core.groups.Tuple.tuple(2, Channel.MESSAGE, TouchOutcome.SENT),
					org.assertj.core.groups.Tuple.tuple(3, Channel.PHONE, TouchOutcome.ANSWERED),
					org.assertj.core.groups.Tuple.tuple(4, Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT));
		assertThat(ended.reason()).isEqualTo("还在考虑");
		assertThat(ended.closedAt()).isEqualTo(at("10:45"));
	}

	@Test
	void eachTouchStaysOpenUntilTheFourth() {
		Followup task = touchedThrice();

		assertThat(task.status()).isEqualTo(FollowupStatus.OPEN);
		assertThat(task.step()).isEqualTo(3);
		assertThat(task.closedAt()).isNull();
	}

	@Test
	void aFifthTouchIsRefused() {
		Followup ended = REMINDER.touch(touchedThrice(), LAST_MESSAGE, XIAOMEI, at("10:45"));

		assertThat(refusalOf(() -> REMINDER.touch(ended, MESSAGE, XIAOMEI, at("11:00"))))
			.isEqualTo(Refusal.SEQUENCE_ENDED);
	}

	@Test
	void theCallIsRefusedOutsideTheCallWindows() {
		Followup task = REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:40"));
		Followup twice = REMINDER.touch(task, MESSAGE, XIAOMEI, at("10:10"));

		assertThat(refusalOf(() -> REMINDER.touch(twice, CALL_ANSWERED, XIAOMEI, at("12:00"))))
			.isEqualTo(Refusal.OUTSIDE_CALL_WINDOW);
		assertThat(refusalOf(() -> REMINDER.touch(twice, CALL_ANSWERED, XIAOMEI, at("11:30"))))
			.as("the window's end is outside it")
			.isEqualTo(Refusal.OUTSIDE_CALL_WINDOW);
		assertThat(REMINDER.touch(twice, CALL_ANSWERED, XIAOMEI, at("14:30")).step()).isEqualTo(3);
	}

	@Test
	void aMessageIsRefusedOutsideTheMessageWindow() {
		Followup late = placedAt("21:00");

		assertThat(refusalOf(() -> REMINDER.touch(late, MESSAGE, XIAOMEI, at("22:00"))))
			.isEqualTo(Refusal.OUTSIDE_MESSAGE_WINDOW);
		assertThat(REMINDER.touch(late, MESSAGE, XIAOMEI, at("21:59")).step()).isEqualTo(1);
	}

	@Test
	void aTouchBeforeTheReminderFallsDueIsRefused() {
		assertThat(refusalOf(() -> REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:29"))))
			.isEqualTo(Refusal.NOT_DUE);
		assertThat(REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:30")).step()).isEqualTo(1);
	}

	@Test
	void eachStepTakesItsOwnChannelAndOutcomes() {
		Followup twice = REMINDER.touch(REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:40")), MESSAGE,
				XIAOMEI, at("10:10"));

		assertThat(refusalOf(() -> REMINDER.touch(placedAt("09:00"), CALL_ANSWERED, XIAOMEI, at("10:30"))))
			.isEqualTo(Refusal.WRONG_CHANNEL);
		assertThat(refusalOf(() -> REMINDER.touch(twice, MESSAGE, XIAOMEI, at("10:30"))))
			.isEqualTo(Refusal.WRONG_CHANNEL);
		assertThat(refusalOf(() -> REMINDER.touch(twice, new TouchRequest(Channel.PHONE, TouchOutcome.SENT, null, null),
				XIAOMEI, at("10:30"))))
			.isEqualTo(Refusal.WRONG_OUTCOME);
	}

	@Test
	void theLastTouchNeedsAReasonFromTheShopsList() {
		Followup task = REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:40"));
		task = REMINDER.touch(task, MESSAGE, XIAOMEI, at("10:10"));
		Followup called = REMINDER.touch(task, new TouchRequest(Channel.PHONE, TouchOutcome.NOT_ANSWERED, null, null),
				XIAOMEI, at("10:30"));

		assertThat(refusalOf(() -> REMINDER.touch(called, LAST_MESSAGE, XIAOMEI, at("10:45"))))
			.isEqualTo(Refusal.REASON_REQUIRED);
		assertThat(refusalOf(() -> REMINDER.touch(called,
				new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT, "太贵了", null), XIAOMEI, at("10:45"))))
			.isEqualTo(Refusal.UNKNOWN_REASON);
		assertThat(refusalOf(() -> REMINDER.touch(called,
				new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT, "其他", null), XIAOMEI, at("10:45"))))
			.isEqualTo(Refusal.NOTE_REQUIRED);
		Followup ended = REMINDER.touch(called, new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT, "其他", "家里人不同意"),
				XIAOMEI, at("10:45"));
		assertThat(ended.reason()).isEqualTo("其他");
		assertThat(ended.reasonNote()).isEqualTo("家里人不同意");
	}

	@Test
	void aTouchOnAPaidOrderIsRefused() {
		Followup paid = REMINDER.settle(placedAt("09:00"), OrderStatus.PAID, at("09:10"), new BigDecimal("59.00"),
				at("09:10"));

		assertThat(paid.status()).isEqualTo(FollowupStatus.PAID);
		assertThat(refusalOf(() -> REMINDER.touch(paid, MESSAGE, XIAOMEI, at("09:40")))).isEqualTo(Refusal.CLOSED);
	}

	@Test
	void aPaymentAfterTheFirstTouchWithinTheWindowIsASuccess() {
		Followup touched = REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:40"));

		Followup paid = REMINDER.settle(touched, OrderStatus.PAID, at("09:40").plus(Duration.ofHours(24)),
				new BigDecimal("59.00"), at("12:00"));

		assertThat(paid.status()).as("paid exactly 24 h after the first touch").isEqualTo(FollowupStatus.SUCCEEDED);
		assertThat(paid.paidAmount()).isEqualByComparingTo("59.00");
		assertThat(paid.closedAt()).isEqualTo(at("09:40").plus(Duration.ofHours(24)));
	}

	@Test
	void aPaymentAfterTheWindowIsNotASuccess() {
		Followup touched = REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:40"));

		Followup paid = REMINDER.settle(touched, OrderStatus.PAID,
				at("09:40").plus(Duration.ofHours(24)).plusSeconds(1), new BigDecimal("59.00"), at("12:00"));

		assertThat(paid.status()).isEqualTo(FollowupStatus.PAID);
	}

	@Test
	void aPaymentAtTheFirstTouchsOwnMomentOrBeforeIsNotASuccess() {
		Followup touched = REMINDER.touch(placedAt("09:00"), MESSAGE, XIAOMEI, at("09:40"));

		assertThat(REMINDER.settle(touched, OrderStatus.PAID, at("09:40"), BigDecimal.TEN, at("09:41")).status())
			.isEqualTo(FollowupStatus.PAID);
		assertThat(
				REMINDER.settle(placedAt("09:00"), OrderStatus.PAID, at("09:35"), BigDecimal.TEN, at("09:41")).status())
			.isEqualTo(FollowupStatus.PAID);
	}

	@Test
	void aPaymentAfterTheSequenceEndedUnpaidStillCountsWithinTheWindow() {
		Followup ended = REMINDER.touch(touchedThrice(), LAST_MESSAGE, XIAOMEI, at("10:45"));

		Followup paid = REMINDER.settle(ended, OrderStatus.PAID, at("20:00"), new BigDecimal("59.00"), at("20:00"));

		assertThat(paid.status()).isEqualTo(FollowupStatus.SUCCEEDED);
		assertThat(paid.reason()).isEqualTo("还在考虑");
	}

	@Test
	void anOrderClosedUnpaidCancelsAnOpenReminderOnly() {
		Followup cancelled = REMINDER.settle(placedAt("09:00"), OrderStatus.CLOSED, null, null, at("12:00"));
		Followup ended = REMINDER.touch(touchedThrice(), LAST_MESSAGE, XIAOMEI, at("10:45"));

		assertThat(cancelled.status()).isEqualTo(FollowupStatus.CANCELLED);
		assertThat(cancelled.closedAt()).isEqualTo(at("12:00"));
		assertThat(REMINDER.settle(ended, OrderStatus.CLOSED, null, null, at("12:00")).status())
			.isEqualTo(FollowupStatus.UNPAID);
		assertThat(REMINDER.settle(placedAt("09:00"), OrderStatus.WAITING_PAYMENT, null, null, at("12:00")).status())
			.isEqualTo(FollowupStatus.OPEN);
	}

	@Test
	void aReminderNotStartedTwelveHoursAfterTheOrderIsOverdue() {
		Followup task = placedAt("09:00");

		assertThat(REMINDER.isOverdue(task, at("21:00"))).isFalse();
		assertThat(REMINDER.isOverdue(task, at("21:00").plusSeconds(1))).isTrue();
		assertThat(REMINDER.isOverdue(REMINDER.touch(task, MESSAGE, XIAOMEI, at("09:40")), at("22:00"))).isFalse();
	}

}
