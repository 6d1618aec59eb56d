package io.kefu.reception;

import java.time.Instant;

import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConversationUnitTests {

	static final Instant OPENED = Instant.parse("2026-11-20T02:00:00Z");

	static Conversation opened() {
		return Conversation.open(1, 2, 3, SkillGroup.PRE_SALES, 7L, OPENED).receiveFromBuyer(OPENED);
	}

	@Test
	void aNewConversationWaitsInTheQueueWithTheBuyerWaiting() {
		Conversation conversation = opened();

		assertThat(conversation.isQueued()).isTrue();
		assertThat(conversation.wasEverAssigned()).isFalse();
		assertThat(conversation.buyerWaitingSince()).isEqualTo(OPENED);
		assertThat(conversation.lastAgentId()).isEqualTo(7L);
	}

	@Test
	void anAssignedConversationWaitsForItsAgentsFirstReply() {
		Conversation assigned = opened().assignTo(9, OPENED.plusSeconds(1));

		assertThat(assigned.status()).isEqualTo(ConversationStatus.WAITING);
		assertThat(assigned.isQueued()).isFalse();
		assertThat(assigned.isAssignedTo(9)).isTrue();
		assertThat(assigned.wasEverAssigned()).isTrue();
	}

	@Test
	void theAgentsReplyMakesItActiveAndStopsTheWaitTimer() {
		Conversation answered = opened().assignTo(9, OPENED.plusSeconds(1)).answerBy(9, OPENED.plusSeconds(20));

		assertThat(answered.status()).isEqualTo(ConversationStatus.ACTIVE);
		assertThat(answered.answeredAt()).isEqualTo(OPENED.plusSeconds(20));
		assertThat(answered.buyerWaitingSince()).isNull();
	}

	@Test
	void theBuyersNextMessageStartsTheWaitTimerAgainButAnEarlierOneKeepsIt() {
		Conversation answered = opened().assignTo(9, OPENED).answerBy(9, OPENED.plusSeconds(20));

		Conversation asked = answered.receiveFromBuyer(OPENED.plusSeconds(30)).receiveFromBuyer(OPENED.plusSeconds(40));

		assertThat(asked.buyerWaitingSince()).isEqualTo(OPENED.plusSeconds(30));
		assertThat(asked.answeredAt()).isEqualTo(OPENED.plusSeconds(20));
	}

	@Test
	void onlyTheAssignedAgentAnswers() {
		Conversation assigned = opened().assignTo(9, OPENED);

		assertThatIllegalStateException().isThrownBy(() -> assigned.answerBy(8, OPENED))
			.withMessageContaining("not assigned to agent 8");
		assertThatIllegalStateException().isThrownBy(() -> opened().answerBy(9, OPENED));
	}

	@Test
	void aRequeuedConversationKeepsItsPlaceInTheQueue() {
		Conversation requeued = opened().assignTo(9, OPENED.plusSeconds(5)).requeue();

		assertThat(requeued.isQueued()).isTrue();
		assertThat(requeued.queuedAt()).isEqualTo(OPENED);
		assertThat(requeued.wasEverAssigned()).isTrue();
		assertThatIllegalStateException().isThrownBy(requeued::requeue);
	}

	@Test
	void aTransferToAGroupQueuesAtTheEndOfThatGroup() {
		Conversation moved = opened().assignTo(9, OPENED)
			.answerBy(9, OPENED.plusSeconds(10))
			.transferToGroup(SkillGroup.AFTER_SALES, OPENED.plusSeconds(60));

		assertThat(moved.isQueued()).isTrue();
		assertThat(moved.skillGroup()).isEqualTo(SkillGroup.AFTER_SALES);
		assertThat(moved.queuedAt()).isEqualTo(OPENED.plusSeconds(60));
	}

	@Test
	void theBuyerChoosesAGroupOnlyWhileQueued() {
		assertThat(opened().chooseGroup(SkillGroup.AFTER_SALES).skillGroup()).isEqualTo(SkillGroup.AFTER_SALES);
		assertThatIllegalStateException()
			.isThrownBy(() -> opened().assignTo(9, OPENED).chooseGroup(SkillGroup.AFTER_SALES));
	}

	@Test
	void aClosedConversationRefusesEverything() {
		Conversation closed = opened().assignTo(9, OPENED).close(OPENED.plusSeconds(90));

		assertThat(closed.isOpen()).isFalse();
		assertThat(closed.closedAt()).isEqualTo(OPENED.plusSeconds(90));
		assertThatIllegalStateException().isThrownBy(() -> closed.close(OPENED)).withMessageContaining("CLOSED");
		assertThatIllegalStateException().isThrownBy(() -> closed.assignTo(8, OPENED));
		assertThatIllegalStateException().isThrownBy(() -> closed.receiveFromBuyer(OPENED));
		assertThatIllegalStateException().isThrownBy(() -> closed.transferToGroup(SkillGroup.PRE_SALES, OPENED));
	}

}
