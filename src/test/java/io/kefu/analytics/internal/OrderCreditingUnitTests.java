package io.kefu.analytics.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.kefu.analytics.JudgeRule;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.Remark;
import org.junit.jupiter.api.Test;

import static io.kefu.analytics.internal.Chats.AGENT_A;
import static io.kefu.analytics.internal.Chats.AGENT_B;
import static io.kefu.analytics.internal.Chats.SHOP;
import static io.kefu.analytics.internal.Chats.at;
import static io.kefu.analytics.internal.Chats.buyer;
import static io.kefu.analytics.internal.Chats.day;
import static io.kefu.analytics.internal.Chats.order;
import static io.kefu.analytics.internal.Chats.paid;
import static org.assertj.core.api.Assertions.assertThat;

class OrderCreditingUnitTests {

	private final ThreadSessions sessions = new ThreadSessions(SHOP, Duration.ofMinutes(30));

	private final OrderCrediting crediting = new OrderCrediting(SHOP, 2, Set.of(Flag.GREY));

	private final List<ChatTrail> chatWithA = sessions
		.of(buyer(1).in("2026-11-02 10:00:00").reply(AGENT_A, "2026-11-02 10:00:30").thread())
		.receptions()
		.stream()
		.map(ChatTrail::of)
		.toList();

	@Test
	void anOrderCreatedAfterTheChatIsCreditedToTheAgentUnderEveryRule() {
		Order order = paid(order(1, "2026-11-02 10:20:00", "99.00"), "2026-11-02 10:21:00");

		for (JudgeRule rule : JudgeRule.values()) {
			Credit credit = crediting.credit(7, order, rule, chatWithA);
			assertThat(credit.agent()).as(rule.name()).isEqualTo(AGENT_A);
			assertThat(credit.receptionDay()).isEqualTo(day("2026-11-02"));
		}
	}

	@Test
	void anOrderCreatedBeforeAnyReplyButPaidAfterIsCreditedAtPaymentUnlessTheRuleIsOrder() {
		Order order = paid(order(1, "2026-11-02 09:59:00", "99.00"), "2026-11-02 10:05:00");

		assertThat(crediting.credit(7, order, JudgeRule.ORDER, chatWithA).isSilent()).isTrue();
		assertThat(crediting.credit(7, order, JudgeRule.ORDER_FIRST, chatWithA).judgedAt())
			.isEqualTo(at("2026-11-02 10:05:00"));
		assertThat(crediting.credit(7, order, JudgeRule.PAYMENT, chatWithA).agent()).isEqualTo(AGENT_A);
	}

	@Test
	void anUnpaidOrderIsCreditedToNobodyByPayment() {
		Order order = order(1, "2026-11-02 10:20:00", "99.00");

		assertThat(crediting.credit(7, order, JudgeRule.PAYMENT, chatWithA).isSilent()).isTrue();
		assertThat(crediting.credit(7, order, JudgeRule.ORDER, chatWithA).agent()).isEqualTo(AGENT_A);
	}

	@Test
	void aReceptionIsValidOnItsDayAndTheNextOnly() {
		Order nextDay = order(1, "2026-11-03 23:59:59", "99.00");
		Order dayAfter = order(1, "2026-11-04 00:00:00", "99.00");

		assertThat(crediting.credit(7, nextDay, JudgeRule.ORDER, chatWithA).agent()).isEqualTo(AGENT_A);
		assertThat(crediting.credit(8, dayAfter, JudgeRule.ORDER, chatWithA).isSilent()).isTrue();
	}

	@Test
	void theReceptionWithTheLatestChatBeforeTheOrderWins() {
		List<ChatTrail> twoAgents = sessions
			.of(buyer(1).in("2026-11-02 10:00:00")
				.reply(AGENT_A, "2026-11-02 10:00:30")
				.in("2026-11-02 11:00:00")
				.reply(AGENT_B, "2026-11-02 11:00:30")
				.reply(AGENT_A, "2026-11-02 11:10:00")
				.thread())
			.receptions()
			.stream()
			.map(ChatTrail::of)
			.toList();

		assertThat(crediting.credit(7, order(1, "2026-11-02 11:05:00", "99.00"), JudgeRule.ORDER, twoAgents).agent())
			.isEqualTo(AGENT_B);
		assertThat(crediting.credit(8, order(1, "2026-11-02 11:15:00", "99.00"), JudgeRule.ORDER, twoAgents).agent())
			.isEqualTo(AGENT_A);
	}

	@Test
	void aReceptionWhoseBuyerWroteOnlyAfterTheOrderIsNotEligible() {
		List<ChatTrail> afterwards = sessions
			.of(buyer(1).reply(AGENT_A, "2026-11-02 09:00:00").in("2026-11-02 10:00:00").thread())
			.receptions()
			.stream()
			.map(ChatTrail::of)
			.toList();

		assertThat(
				crediting.credit(7, order(1, "2026-11-02 09:30:00", "99.00"), JudgeRule.ORDER, afterwards).isSilent())
			.isTrue();
	}

	@Test
	void aReceptionWithoutAHumanMessageBeforeTheOrderIsNotEligible() {
		List<ChatTrail> autoOnly = sessions
			.of(buyer(1).in("2026-11-02 10:00:00").autoReply(AGENT_A, "2026-11-02 10:00:01").thread())
			.receptions()
			.stream()
			.map(ChatTrail::of)
			.toList();

		assertThat(crediting.credit(7, order(1, "2026-11-02 10:30:00", "99.00"), JudgeRule.ORDER, autoOnly).isSilent())
			.isTrue();
	}

	@Test
	void anOrderWithAnExcludedFlagIsCreditedToNobody() {
		Order flagged = order(1, "2026-11-02 10:20:00", "99.00")
			.remark(new Remark(null, "刷单 测试", Flag.GREY, at("2026-11-02 10:30:00")));

		assertThat(crediting.credit(7, flagged, JudgeRule.ORDER, chatWithA).isSilent()).isTrue();
	}

	@Test
	void anotherBuyersReceptionNeverWins() {
		Order otherBuyer = order(2, "2026-11-02 10:20:00", "99.00");

		assertThat(crediting.credit(7, otherBuyer, JudgeRule.ORDER, chatWithA).receptionDay()).isNull();
	}

	@Test
	void aReplyInTheGraceCountsAsChatOfTheEarlierDay() {
		List<ChatTrail> lateReply = sessions
			.of(buyer(1).in("2026-11-02 23:50:00").reply(AGENT_A, "2026-11-03 00:10:00").thread())
			.receptions()
			.stream()
			.map(ChatTrail::of)
			.toList();

		Credit credit = crediting.credit(7, order(1, "2026-11-03 00:20:00", "99.00"), JudgeRule.ORDER, lateReply);
		assertThat(credit.receptionDay()).isEqualTo(LocalDate.parse("2026-11-02"));
	}

}
