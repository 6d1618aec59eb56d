package io.kefu.order;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RemarkTaskUnitTests {

	private static final Instant WRITTEN = Instant.parse("2026-11-22T02:00:00Z");

	private static RemarkTask openTask() {
		Remark remark = new Remark(AgentId.of(3L), "小美 客户要求修改地址,新地址为:杭州市西湖区 2026.11.22", Flag.RED, WRITTEN);
		return new RemarkTask(11, ShopId.of(1), OrderId.of(5), OrderNo.of("4012345678901234567"), BuyerId.of(7), remark,
				RemarkKind.ADDRESS, RemarkTask.Status.OPEN, null, null, null);
	}

	@Test
	void theClerkMarksAnOpenRemarkDone() {
		RemarkTask done = openTask().markDone(AgentId.of(9), WRITTEN.plusSeconds(600));

		assertThat(done.status()).isEqualTo(RemarkTask.Status.DONE);
		assertThat(done.handledBy()).isEqualTo(AgentId.of(9));
		assertThat(done.handledAt()).isEqualTo(WRITTEN.plusSeconds(600));
		assertThat(done.remark()).isEqualTo(openTask().remark());
	}

	@Test
	void aDoneRemarkIsNotDoneTwice() {
		RemarkTask done = openTask().markDone(AgentId.of(9), WRITTEN.plusSeconds(600));

		assertThatIllegalStateException().isThrownBy(() -> done.markDone(AgentId.of(10), WRITTEN.plusSeconds(700)))
			.withMessageContaining("DONE");
	}

	@Test
	void aRemarkIsNotHandledBeforeItWasWritten() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> openTask().markDone(AgentId.of(9), WRITTEN.minusSeconds(1)));
	}

	@Test
	void theClerkRefusesWithAReasonOnceAndNeverWithout() {
		RemarkTask refused = openTask().refuse(AgentId.of(9), "  已打单,来不及改  ", WRITTEN.plusSeconds(600));

		assertThat(refused.status()).isEqualTo(RemarkTask.Status.REFUSED);
		assertThat(refused.refusal()).isEqualTo("已打单,来不及改");
		assertThat(refused.handledBy()).isEqualTo(AgentId.of(9));
		assertThatExceptionOfType(RemarkRejected.class)
			.isThrownBy(() -> openTask().refuse(AgentId.of(9), " ", WRITTEN.plusSeconds(600)))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatExceptionOfType(RemarkRejected.class)
			.isThrownBy(() -> openTask().refuse(AgentId.of(9), "x".repeat(201), WRITTEN.plusSeconds(600)));
		assertThatIllegalStateException().isThrownBy(() -> refused.markDone(AgentId.of(10), WRITTEN.plusSeconds(700)))
			.withMessageContaining("REFUSED");
	}

}
