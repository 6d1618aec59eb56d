package io.kefu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.kefu.analytics.ReceptionLine;
import io.kefu.customer.BuyerId;
import io.kefu.followup.TouchRefusedException.Refusal;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InquiryFollowupUnitTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final AgentId XIAOMEI = AgentId.of(3);

	private static final InquiryFollowup INQUIRY = new InquiryFollowup(FollowupSettings.DEFAULTS, SHANGHAI);

	private static final TouchRequest MESSAGE = new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, null,
			null);

	private static Instant at(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
	}

	/** An inquiry of 6 December from 15:00, due the next morning. */
	private static Followup inquiry() {
		return new Followup(FollowupId.of(2), ShopId.of(1), FollowupKind.INQUIRY, null, null, BuyerId.of(7), "tb_buyer",
				XIAOMEI, SkillGroup.PRE_SALES, at("2026-12-06T15:00"), at("2026-12-07T00:00"), FollowupStatus.OPEN,
				List.of(), null, null, null, null, null);
	}

	private static Refusal refusalOf(Runnable touch) {
		return assertThatExceptionOfType(TouchRefusedException.class).isThrownBy(touch::run).actual().refusal();
	}

	@Test
	void oneMessageFollowsTheInquiryUp() {
		Followup done = INQUIRY.touch(inquiry(),
				new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, "还在考虑", null), XIAOMEI,
				at("2026-12-07T09:30"));

		assertThat(done.status()).isEqualTo(FollowupStatus.DONE);
		assertThat(done.touches()).singleElement().satisfies(touch -> assertThat(touch.step()).isEqualTo(1));
		assertThat(done.reason()).isEqualTo("还在考虑");
		assertThat(refusalOf(() -> INQUIRY.touch(done, MESSAGE, XIAOMEI, at("2026-12-07T10:00"))))
			.isEqualTo(Refusal.SEQUENCE_ENDED);
	}

	@Test
	void theMessageWaitsForTheNextDayAndTheMessageWindow() {
		assertThat(refusalOf(() -> INQUIRY.touch(inquiry(), MESSAGE, XIAOMEI, at("2026-12-06T20:00"))))
			.isEqualTo(Refusal.NOT_DUE);
		assertThat(refusalOf(() -> INQUIRY.touch(inquiry(), MESSAGE, XIAOMEI, at("2026-12-07T08:59"))))
			.isEqualTo(Refusal.OUTSIDE_MESSAGE_WINDOW);
		assertThat(refusalOf(() -> INQUIRY.touch(inquiry(),
				new TouchRequest(Channel.PHONE, TouchOutcome.ANSWERED, null, null), XIAOMEI, at("2026-12-07T10:30"))))
			.isEqualTo(Refusal.WRONG_CHANNEL);
	}

	@Test
	void anOrderBeforeTheMessageClosesTheInquiryOrdered() {
		Followup ordered = INQUIRY.settle(inquiry(), at("2026-12-06T21:00"));

		assertThat(ordered.status()).isEqualTo(FollowupStatus.ORDERED);
		assertThat(refusalOf(() -> INQUIRY.touch(ordered, MESSAGE, XIAOMEI, at("2026-12-07T09:30"))))
			.isEqualTo(Refusal.CLOSED);
	}

	@Test
	void anOrderAfterTheMessageIsTheFollowUpsSuccess() {
		Followup done = INQUIRY.touch(inquiry(), MESSAGE, XIAOMEI, at("2026-12-07T09:30"));

		assertThat(INQUIRY.settle(done, at("2026-12-07T11:00")).status()).isEqualTo(FollowupStatus.SUCCEEDED);
		assertThat(INQUIRY.settle(done, at("2026-12-07T09:00")).status()).as("ordered before the message")
			.isEqualTo(FollowupStatus.DONE);
	}

	@Test
	void anOrderFromBeforeTheInquiryChangesNothing() {
		assertThat(INQUIRY.settle(inquiry(), at("2026-12-06T14:00")).status()).isEqualTo(FollowupStatus.OPEN);
		assertThat(INQUIRY.settle(inquiry(), null).status()).isEqualTo(FollowupStatus.OPEN);
	}

	@Test
	void onlyInquiriesThatDidNotOrderAreLeads() {
		LocalDate day = LocalDate.of(2026, 12, 6);
		ReceptionLine ordered = line(day, true, true);
		ReceptionLine lost = line(day, true, false);
		ReceptionLine afterSale = line(day, false, false);

		assertThat(InquiryLead.of(List.of(ordered, lost, afterSale)))
			.containsExactly(new InquiryLead(BuyerId.of(7), XIAOMEI, day, at("2026-12-06T15:00")));
	}

	private static ReceptionLine line(LocalDate day, boolean inquiry, boolean ordered) {
		return new ReceptionLine(XIAOMEI, "小美", BuyerId.of(7), "tb_buyer", day, at("2026-12-06T15:00"), 2, 2, 3, 3,
				20.0, 25.0, true, inquiry, ordered, false, List.of());
	}

}
