package io.kefu.order;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RemarkTaskUnitTests {

	private static final Instant WRITTEN = Instant.parse("2026-11-22T02:00:00Z");

	private static RemarkTask openTask() {
		Remark remark = new Remark(3L, "小美 客户要求修改地址,新地址为:杭州市西湖区 2026.11.22", Flag.RED, WRITTEN);
		return new RemarkTask(11, 1, OrderId.of(5), OrderNo.of("4012345678901234567"), 7, remark, RemarkKind.ADDRESS,
				RemarkTask.Status.OPEN, null, null);
	}

	@Test
	void theClerkMarksAnOpenRemarkDone() {
		RemarkTask done = openTask().markDone(9, WRITTEN.plusSeconds(600));

		assertThat(done.status()).isEqualTo(RemarkTask.Status.DONE);
		assertThat(done.handledBy()).isEqualTo(9L);
		assertThat(done.handledAt()).isEqualTo(WRITTEN.plusSeconds(600));
		assertThat(done.remark()).isEqualTo(openTask().remark());
	}

	@Test
	void aDoneRemarkIsNotDoneTwice() {
		RemarkTask done = openTask().markDone(9, WRITTEN.plusSeconds(600));

		assertThatIllegalStateException().isThrownBy(() -> done.markDone(10, WRITTEN.plusSeconds(700)))
			.withMessageContaining("DONE");
	}

	@Test
	void aRemarkIsNotHandledBeforeItWasWritten() {
		assertThatIllegalArgumentException().isThrownBy(() -> openTask().markDone(9, WRITTEN.minusSeconds(1)));
	}

}
