package io.kefu.analytics.internal;

import java.time.Duration;
import java.util.List;

import io.kefu.analytics.internal.ThreadSessions.ThreadFacts;
import org.junit.jupiter.api.Test;

import static io.kefu.analytics.internal.Chats.AGENT_A;
import static io.kefu.analytics.internal.Chats.AGENT_B;
import static io.kefu.analytics.internal.Chats.SHOP;
import static io.kefu.analytics.internal.Chats.at;
import static io.kefu.analytics.internal.Chats.buyer;
import static io.kefu.analytics.internal.Chats.day;
import static org.assertj.core.api.Assertions.assertThat;

class ThreadSessionsUnitTests {

	private final ThreadSessions sessions = new ThreadSessions(SHOP, Duration.ofMinutes(30));

	@Test
	void anAnsweredRunTakesFromItsFirstBuyerMessageToTheFirstHumanReply() {
		ThreadFacts facts = sessions.of(buyer(1).in("2026-11-02 10:00:00")
			.autoReply(AGENT_A, "2026-11-02 10:00:01")
			.in("2026-11-02 10:00:30")
			.reply(AGENT_A, "2026-11-02 10:01:40")
			.reply(AGENT_A, "2026-11-02 10:02:00")
			.thread());

		Reception reception = single(facts.receptions());
		assertThat(reception.agent()).isEqualTo(AGENT_A);
		assertThat(reception.runs()).singleElement().satisfies(run -> {
			assertThat(run.messages()).isEqualTo(2);
			assertThat(run.responseSeconds()).isEqualTo(100.0);
		});
		assertThat(reception.humanMessageTimes()).hasSize(2);
		assertThat(reception.inMessages()).isEqualTo(2);
		assertThat(facts.unreceived()).isEmpty();
	}

	@Test
	void aRunAcrossMidnightSplitsAndBothPartsAreAnsweredWithinTheGrace() {
		ThreadFacts facts = sessions.of(buyer(1).in("2026-11-02 23:50:00")
			.in("2026-11-03 00:05:00")
			.reply(AGENT_A, "2026-11-03 00:10:00")
			.thread());

		assertThat(facts.receptions()).extracting(Reception::day).containsExactly(day("2026-11-02"), day("2026-11-03"));
		Reception first = facts.receptions().get(0);
		assertThat(first.runs()).singleElement().satisfies(run -> assertThat(run.responseSeconds()).isEqualTo(1200.0));
		assertThat(first.graceMessages()).isEqualTo(1);
		assertThat(first.humanMessageTimes()).containsExactly(at("2026-11-03 00:10:00"));
		Reception second = facts.receptions().get(1);
		assertThat(second.runs()).singleElement().satisfies(run -> assertThat(run.responseSeconds()).isEqualTo(300.0));
		assertThat(second.graceMessages()).isZero();
	}

	@Test
	void aReplyBeyondTheGraceLeavesTheRunUnansweredAndWithoutAnOwnerItIsUnreceived() {
		ThreadFacts facts = sessions
			.of(buyer(1).in("2026-11-02 23:50:00").reply(AGENT_A, "2026-11-03 00:30:00").thread());

		assertThat(facts.receptions()).isEmpty();
		assertThat(facts.unreceived()).singleElement().satisfies(unreceived -> {
			assertThat(unreceived.day()).isEqualTo(day("2026-11-02"));
			assertThat(unreceived.allCards()).isFalse();
		});
	}

	@Test
	void aReplyExactlyAtTheEndOfTheGraceIsTooLate() {
		ThreadFacts facts = sessions
			.of(buyer(1).in("2026-11-02 23:50:00").reply(AGENT_A, "2026-11-03 00:30:00").thread());
		ThreadFacts inTime = sessions
			.of(buyer(1).in("2026-11-02 23:50:00").reply(AGENT_A, "2026-11-03 00:29:59").thread());

		assertThat(facts.receptions()).isEmpty();
		assertThat(single(inTime.receptions()).replied()).isTrue();
	}

	@Test
	void anUnansweredRunBelongsToTheAgentOfTheLatestShopMessageBeforeItsLastMessage() {
		ThreadFacts facts = sessions.of(buyer(1).in("2026-11-02 09:00:00")
			.reply(AGENT_A, "2026-11-02 09:01:00")
			.in("2026-11-02 21:00:00")
			.autoReply(AGENT_B, "2026-11-02 21:00:01")
			.in("2026-11-02 21:05:00")
			.thread());

		assertThat(facts.receptions()).extracting(Reception::agent).containsExactly(AGENT_A, AGENT_B);
		Reception unanswered = facts.receptions().get(1);
		assertThat(unanswered.replied()).isFalse();
		assertThat(unanswered.humanMessageTimes()).isEmpty();
	}

	@Test
	void anUnansweredRunWithNoShopMessageBeforeItBelongsToTheFirstOneAfterItThatDay() {
		ThreadFacts facts = sessions
			.of(buyer(1).in("2026-11-02 22:00:00").autoReply(AGENT_B, "2026-11-02 22:00:02").thread());

		assertThat(single(facts.receptions()).agent()).isEqualTo(AGENT_B);
		assertThat(single(facts.receptions()).replied()).isFalse();
	}

	@Test
	void aShopMessageOfAnotherBusinessDayDoesNotOwnARun() {
		ThreadFacts facts = sessions.of(buyer(1).autoReply(AGENT_A, "2026-11-01 23:59:00")
			.in("2026-11-02 00:01:00")
			.autoReply(AGENT_B, "2026-11-03 00:00:00")
			.thread());

		assertThat(facts.receptions()).isEmpty();
		assertThat(facts.unreceived()).singleElement()
			.satisfies(unreceived -> assertThat(unreceived.day()).isEqualTo(day("2026-11-02")));
	}

	@Test
	void twoAgentsWithOneBuyerOnOneDayMakeTwoReceptions() {
		ThreadFacts facts = sessions.of(buyer(1).in("2026-11-02 10:00:00")
			.reply(AGENT_A, "2026-11-02 10:00:20")
			.in("2026-11-02 15:00:00")
			.reply(AGENT_B, "2026-11-02 15:00:50")
			.reply(AGENT_B, "2026-11-02 15:01:00")
			.thread());

		assertThat(facts.receptions()).hasSize(2);
		assertThat(facts.receptions().get(0).agent()).isEqualTo(AGENT_A);
		assertThat(facts.receptions().get(0).humanMessageTimes()).hasSize(1);
		assertThat(facts.receptions().get(1).agent()).isEqualTo(AGENT_B);
		assertThat(facts.receptions().get(1).humanMessageTimes()).hasSize(2);
		assertThat(facts.receptions().get(1).earliestRun().responseSeconds()).isEqualTo(50.0);
	}

	@Test
	void systemMessagesNeitherEndARunNorOwnIt() {
		ThreadFacts facts = sessions.of(buyer(1).in("2026-11-02 10:00:00")
			.system(AGENT_B, "2026-11-02 10:00:05")
			.in("2026-11-02 10:00:10")
			.thread());

		assertThat(facts.receptions()).isEmpty();
		assertThat(facts.unreceived()).singleElement().satisfies(unreceived -> assertThat(unreceived.runs()).isOne());
	}

	@Test
	void aBuyerWhoOnlySentCardsToNobodyIsMarkedSo() {
		ThreadFacts facts = sessions.of(buyer(1).card("2026-11-02 10:00:00").thread());

		assertThat(facts.unreceived()).singleElement()
			.satisfies(unreceived -> assertThat(unreceived.allCards()).isTrue());
	}

	@Test
	void messagesOfOneSecondKeepTheirOrderOfArrival() {
		ThreadFacts replyFirst = sessions
			.of(buyer(1).reply(AGENT_A, "2026-11-02 10:00:00").in("2026-11-02 10:00:00").thread());
		ThreadFacts questionFirst = sessions
			.of(buyer(1).in("2026-11-02 10:00:00").reply(AGENT_A, "2026-11-02 10:00:00").thread());

		assertThat(single(replyFirst.receptions()).replied()).isFalse();
		assertThat(single(questionFirst.receptions()).earliestRun().responseSeconds()).isZero();
	}

	private static Reception single(List<Reception> receptions) {
		assertThat(receptions).hasSize(1);
		return receptions.get(0);
	}

}
