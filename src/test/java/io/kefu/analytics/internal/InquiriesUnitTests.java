package io.kefu.analytics.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.kefu.analytics.internal.Chats.at;
import static org.assertj.core.api.Assertions.assertThat;

class InquiriesUnitTests {

	private final Inquiries inquiries = new Inquiries(3);

	private final Instant firstIn = at("2026-11-05 10:00:00").plusMillis(400);

	@Test
	void aBuyerWithoutRecentOrdersIsAnInquiry() {
		assertThat(inquiries.isInquiry(firstIn, List.of())).isTrue();
	}

	@Test
	void anOrderExactlySeventyTwoHoursBeforeMakesItAnAfterSaleConsultation() {
		assertThat(inquiries.isInquiry(firstIn, List.of(at("2026-11-02 10:00:00")))).isFalse();
	}

	@Test
	void anOrderASecondEarlierThanThatIsTooOld() {
		assertThat(inquiries.isInquiry(firstIn, List.of(at("2026-11-02 09:59:59")))).isTrue();
	}

	@Test
	void anOrderInTheMessagesOwnSecondDoesNotCount() {
		assertThat(inquiries.isInquiry(firstIn, List.of(at("2026-11-05 10:00:00")))).isTrue();
		assertThat(inquiries.isInquiry(firstIn, List.of(at("2026-11-05 09:59:59")))).isFalse();
	}

	@Test
	void anOrderAfterTheFirstMessageDoesNotCount() {
		assertThat(inquiries.isInquiry(firstIn, List.of(at("2026-11-05 10:05:00")))).isTrue();
	}

}
