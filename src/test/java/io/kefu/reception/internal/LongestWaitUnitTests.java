package io.kefu.reception.internal;

import java.time.Instant;
import java.util.List;

import io.kefu.reception.Conversation;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongestWaitUnitTests {

	static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

	static final Instant NOW = T0.plusSeconds(600);

	static Conversation asked(Instant at) {
		return Conversation.open(1, 2, 3, SkillGroup.PRE_SALES, null, at).receiveFromBuyer(at);
	}

	@Test
	void aBuyerWithAnAgentWhoseLastMessageIsUnansweredWaitsLongerThanTheQueue() {
		Conversation queued = asked(T0.plusSeconds(540));
		Conversation askedAgain = asked(T0).assignTo(9, T0.plusSeconds(5))
			.answerBy(9, T0.plusSeconds(20))
			.receiveFromBuyer(T0.plusSeconds(465));

		LongestWait wait = LongestWait.of(List.of(queued, askedAgain), NOW);

		assertThat(wait.buyers()).isEqualTo(2);
		assertThat(wait.longestSeconds()).isEqualTo(135);
	}

	@Test
	void anAssignedBuyerNotYetAnsweredWaitsFromTheirFirstMessage() {
		Conversation assigned = asked(T0.plusSeconds(100)).assignTo(9, T0.plusSeconds(400));

		assertThat(LongestWait.of(List.of(assigned), NOW).longestSeconds()).isEqualTo(500);
	}

	@Test
	void aBuyerWhoseLastMessageWasAnsweredDoesNotWait() {
		Conversation answered = asked(T0).assignTo(9, T0).answerBy(9, T0.plusSeconds(20));

		LongestWait wait = LongestWait.of(List.of(answered), NOW);

		assertThat(wait.buyers()).isZero();
		assertThat(wait.longestSeconds()).isNull();
	}

	@Test
	void anAnsweredBuyerHandedToTheOtherGroupWaitsFromTheirPlaceInItsQueue() {
		Conversation handed = asked(T0).assignTo(9, T0)
			.answerBy(9, T0.plusSeconds(20))
			.transferToGroup(SkillGroup.AFTER_SALES, T0.plusSeconds(300));

		assertThat(LongestWait.of(List.of(handed), NOW).longestSeconds()).isEqualTo(300);
	}

	@Test
	void aClosedConversationDoesNotWait() {
		Conversation closed = asked(T0).close(T0.plusSeconds(60));

		assertThat(LongestWait.of(List.of(closed), NOW)).isEqualTo(new LongestWait(0, null));
	}

	@Test
	void anEarlierUnansweredMessageKeepsTheWaitWhenTheBuyerWritesAgain() {
		Conversation twice = asked(T0.plusSeconds(200)).receiveFromBuyer(T0.plusSeconds(500));

		assertThat(LongestWait.of(List.of(twice), NOW).longestSeconds()).isEqualTo(400);
	}

}
