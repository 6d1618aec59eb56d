package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.ShopFigures;
import io.kefu.analytics.internal.FigureSheet.Sheet;
import io.kefu.order.Order;
import io.kefu.order.Refund.RefundStatus;
import io.kefu.order.Refund;
import io.kefu.reception.MessageHeader;
import io.kefu.staff.AgentId;
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

class FigureSheetUnitTests {

	private static final Map<Long, String> ACCOUNTS = Map.of(AGENT_A, "视谱台灯旗舰店:小雨", AGENT_B, "视谱台灯旗舰店:阿杰");

	private final ThreadSessions sessions = new ThreadSessions(SHOP, Duration.ofMinutes(30));

	private final List<Reception> receptions = new ArrayList<>();

	private final List<UnreceivedDay> unreceived = new ArrayList<>();

	private final List<Order> orders = new ArrayList<>();

	@Test
	void aDayOfTwoAgentsAddsUpToTheFiguresDomainDefines() {
		chat(buyer(1).in("2026-11-02 10:00:00")
			.autoReply(AGENT_A, "2026-11-02 10:00:01")
			.reply(AGENT_A, "2026-11-02 10:02:00")
			.in("2026-11-02 10:10:00")
			.reply(AGENT_A, "2026-11-02 10:13:20")
			.in("2026-11-02 23:55:00")
			.reply(AGENT_A, "2026-11-03 00:05:00"));
		chat(buyer(2).in("2026-11-02 09:00:00").reply(AGENT_B, "2026-11-02 09:00:30"));
		chat(buyer(3).in("2026-11-02 07:00:00").autoReply(AGENT_A, "2026-11-02 07:00:02"));
		chat(buyer(4).card("2026-11-02 12:00:00"));
		chat(buyer(5).in("2026-11-02 12:00:00"));
		orders.add(paid(order(1, "2026-11-02 10:20:00", "99.00"), "2026-11-03 10:00:00"));
		orders.add(paid(order(2, "2026-11-02 09:10:00", "200.00"), "2026-11-02 09:12:00").refund(new Refund("R1",
				new BigDecimal("50.00"), RefundStatus.REFUNDED, "少发配件", at("2026-11-04 09:00:00"), null, null)));
		orders.add(paid(order(6, "2026-11-02 15:00:00", "300.00"), "2026-11-02 15:01:00"));

		Sheet sheet = sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS);

		assertThat(sheet.agents()).extracting(AgentFigures::agent).containsExactly("视谱台灯旗舰店:小雨", "视谱台灯旗舰店:阿杰");
		assertThat(sheet.agents().get(0)).isEqualTo(new AgentFigures(AgentId.of(AGENT_A), "视谱台灯旗舰店:小雨", 2, 1, 1, 0.5,
				120.0, 920.0 / 3, 3, 0.5, 3, 0.75, 2, 1, 1, 0.5, money("0.00"), 0, null, money("0.00"), money("0.00")));
		assertThat(sheet.agents().get(1))
			.isEqualTo(new AgentFigures(AgentId.of(AGENT_B), "视谱台灯旗舰店:阿杰", 1, 1, 0, 1.0, 30.0, 30.0, 1, 1.0, 0, 1.0, 1,
					1, 1, 1.0, money("200.00"), 1, money("200.00"), money("50.00"), money("150.00")));
		assertThat(sheet.shop()).isEqualTo(new ShopFigures(money("500.00"), money("200.00"), money("300.00"), 0.4, 1));
		assertThat(sheet.team()).isEqualTo(new AgentFigures(null, "", 3, 2, 1, 2.0 / 3, 75.0, 950.0 / 4, 4, 2.0 / 3, 3,
				4.0 / 5, 3, 2, 2, 2.0 / 3, money("200.00"), 1, money("200.00"), money("50.00"), money("150.00")));
	}

	@Test
	void receptionsAreCountedByTheHourOfTheirFirstBuyerMessage() {
		chat(buyer(1).in("2026-11-02 10:00:00").reply(AGENT_A, "2026-11-02 10:00:10"));
		chat(buyer(2).in("2026-11-02 10:59:59").reply(AGENT_A, "2026-11-02 11:00:10"));
		chat(buyer(3).in("2026-11-02 23:00:00").reply(AGENT_B, "2026-11-02 23:00:10"));

		long[] hours = FigureSheet
			.receptionsByHour(new FigureSheet(SHOP, FigureSettings.DEFAULTS, day("2026-11-02"), day("2026-11-02")).days(
					receptions.stream().map(r -> ReceptionSummary.of(r, SHOP, FigureSettings.DEFAULTS)).toList(),
					List.of(), List.of()));

		assertThat(hours[10]).isEqualTo(2);
		assertThat(hours[23]).isOne();
		assertThat(Arrays.stream(hours).sum()).isEqualTo(3);
	}

	@Test
	void salesCountOnThePaymentDayAndRefundsOnTheRefundDay() {
		chat(buyer(1).in("2026-11-02 10:00:00").reply(AGENT_A, "2026-11-02 10:00:10"));
		orders
			.add(paid(order(1, "2026-11-02 10:20:00", "120.00"), "2026-11-02 10:30:00")
				.refund(new Refund("R1", new BigDecimal("120.00"), RefundStatus.REFUNDED, "不想要了",
						at("2026-11-03 08:00:00"), at("2026-11-03 09:00:00"), null))
				.close());

		AgentFigures paymentDay = single(sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS));
		AgentFigures refundDay = single(sheet("2026-11-03", "2026-11-03", FigureSettings.DEFAULTS));

		assertThat(paymentDay.salesAmount()).isEqualTo(money("120.00"));
		assertThat(paymentDay.refundAmount()).isEqualTo(money("0.00"));
		assertThat(paymentDay.inquiryPaid()).isOne();
		assertThat(refundDay.receptions()).isZero();
		assertThat(refundDay.refundAmount()).isEqualTo(money("120.00"));
		assertThat(refundDay.effectiveSales()).isEqualTo(money("-120.00"));
	}

	@Test
	void aRequestedRefundIsNotYetARefund() {
		chat(buyer(1).in("2026-11-02 10:00:00").reply(AGENT_A, "2026-11-02 10:00:10"));
		orders.add(paid(order(1, "2026-11-02 10:20:00", "120.00"), "2026-11-02 10:30:00").refund(new Refund("R1",
				new BigDecimal("20.00"), RefundStatus.REQUESTED, "少发配件", at("2026-11-02 18:00:00"), null, null)));

		assertThat(single(sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS)).refundAmount())
			.isEqualTo(money("0.00"));
	}

	@Test
	void aMessageInTheGraceCountsOnceOverTwoDays() {
		chat(buyer(1).in("2026-11-02 23:55:00")
			.in("2026-11-03 00:01:00")
			.reply(AGENT_A, "2026-11-03 00:05:00")
			.reply(AGENT_A, "2026-11-03 09:00:00"));

		AgentFigures first = single(sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS));
		AgentFigures both = single(sheet("2026-11-02", "2026-11-03", FigureSettings.DEFAULTS));

		assertThat(first.answerRatio()).isEqualTo(1.0);
		assertThat(both.receptions()).isEqualTo(2);
		assertThat(both.answerRatio()).isEqualTo(1.0);
	}

	@Test
	void aBuyerWhoOrderedInTheLastThreeDaysIsNotAnInquiry() {
		orders.add(paid(order(1, "2026-10-31 10:00:00", "99.00"), "2026-10-31 10:01:00"));
		chat(buyer(1).in("2026-11-02 10:00:00").reply(AGENT_A, "2026-11-02 10:00:10"));

		AgentFigures figures = single(sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS));

		assertThat(figures.receptions()).isOne();
		assertThat(figures.inquiries()).isZero();
		assertThat(figures.inquiryConversion()).isNull();
	}

	@Test
	void anInquiryConvertsOnlyThroughOrdersCreditedToItsAgentWithinItsValidity() {
		chat(buyer(1).in("2026-11-02 10:00:00")
			.reply(AGENT_A, "2026-11-02 10:00:10")
			.in("2026-11-03 10:00:00")
			.reply(AGENT_B, "2026-11-03 10:00:10"));
		orders.add(order(1, "2026-11-03 10:05:00", "99.00"));

		List<AgentFigures> agents = sheet("2026-11-02", "2026-11-03", FigureSettings.DEFAULTS).agents();

		assertThat(agents).extracting(AgentFigures::inquiries).containsExactly(1L, 1L);
		assertThat(agents).extracting(AgentFigures::inquiryOrdered).containsExactly(0L, 1L);
		assertThat(agents).extracting(AgentFigures::inquiryPaid).containsExactly(0L, 0L);
		assertThat(agents.get(1).inquiryConversion()).isZero();
	}

	@Test
	void theJudgeRuleDecidesWhoSellsAnOrderPlacedBeforeTheReply() {
		chat(buyer(1).in("2026-11-02 10:00:00").reply(AGENT_A, "2026-11-02 10:03:00"));
		orders.add(paid(order(1, "2026-11-02 10:01:00", "88.00"), "2026-11-02 10:04:00"));

		Sheet byOrder = sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS.withJudgeRule(JudgeRule.ORDER));
		Sheet orderFirst = sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS);

		assertThat(single(byOrder).salesAmount()).isEqualTo(money("0.00"));
		assertThat(byOrder.shop().silentSales()).isEqualTo(money("88.00"));
		assertThat(single(orderFirst).salesAmount()).isEqualTo(money("88.00"));
		assertThat(orderFirst.shop().agentSalesShare()).isEqualTo(1.0);
	}

	@Test
	void withoutReceptionsOrSalesRatiosAreNullAndTheShopStillCounts() {
		chat(buyer(5).in("2026-11-02 12:00:00"));

		Sheet sheet = sheet("2026-11-02", "2026-11-02", FigureSettings.DEFAULTS);

		assertThat(sheet.agents()).isEmpty();
		assertThat(sheet.shop()).isEqualTo(new ShopFigures(money("0.00"), money("0.00"), money("0.00"), null, 1));
	}

	@Test
	void daySumsComputedOverAWiderRangeAddUpToTheFiguresOfAnyRangeWithin() {
		chat(buyer(1).in("2026-11-02 23:55:00")
			.reply(AGENT_A, "2026-11-03 00:05:00")
			.in("2026-11-03 09:00:00")
			.reply(AGENT_A, "2026-11-03 09:01:00"));
		chat(buyer(2).in("2026-11-04 10:00:00").reply(AGENT_A, "2026-11-04 10:00:20"));
		chat(buyer(3).in("2026-11-04 11:00:00"));
		orders.add(paid(order(1, "2026-11-03 09:05:00", "88.00"), "2026-11-04 08:00:00").refund(new Refund("R1",
				new BigDecimal("8.00"), RefundStatus.REFUNDED, "差价", at("2026-11-04 09:00:00"), null, null)));
		orders.add(paid(order(2, "2026-11-04 10:10:00", "120.00"), "2026-11-04 10:11:00"));
		Inputs inputs = inputs(FigureSettings.DEFAULTS);
		List<FigureSheet.DaySums> days = new FigureSheet(SHOP, FigureSettings.DEFAULTS, day("2026-11-02"),
				day("2026-11-04"))
			.days(inputs.summaries(), inputs.credited(), unreceived);

		for (int first = 0; first < 3; first++) {
			for (int last = first; last < 3; last++) {
				FigureSheet sheet = new FigureSheet(SHOP, FigureSettings.DEFAULTS, days.get(first).day(),
						days.get(last).day());
				assertThat(sheet.sum(days.subList(first, last + 1), ACCOUNTS::get)).as(first + ".." + last)
					.isEqualTo(sheet.add(inputs.summaries(), inputs.credited(), unreceived, ACCOUNTS::get));
			}
		}
		Sheet both = new FigureSheet(SHOP, FigureSettings.DEFAULTS, day("2026-11-02"), day("2026-11-03"))
			.sum(days.subList(0, 2), ACCOUNTS::get);
		// the reply at 00:05 belongs to both days' receptions of buyer 1 and counts once
		assertThat(both.agents().get(0).answerRatio()).isEqualTo(2.0 / 2);
	}

	private void chat(Chats chats) {
		List<MessageHeader> thread = chats.thread();
		ThreadSessions.ThreadFacts facts = sessions.of(thread);
		receptions.addAll(facts.receptions());
		unreceived.addAll(facts.unreceived());
	}

	private Sheet sheet(String from, String to, FigureSettings settings) {
		Inputs inputs = inputs(settings);
		return new FigureSheet(SHOP, settings, day(from), day(to)).add(inputs.summaries(), inputs.credited(),
				unreceived, ACCOUNTS::get);
	}

	/**
	 * The receptions classified and summed, and the orders credited, as the recompute
	 * stores them.
	 */
	private Inputs inputs(FigureSettings settings) {
		Inquiries inquiries = new Inquiries(settings.afterSalesDays());
		OrderCrediting crediting = new OrderCrediting(SHOP, settings.validityDays(), settings.excludedFlags());
		List<Reception> classified = receptions.stream()
			.map(reception -> inquiries.classify(reception, createdTimes(reception.buyerId())))
			.toList();
		List<ChatTrail> trails = classified.stream().map(ChatTrail::of).toList();
		List<CreditedOrder> credited = new ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			Order order = orders.get(i);
			Credit credit = crediting.credit(i, order, settings.judgeRule(), trails);
			credited.add(new CreditedOrder(i, order.orderNo().value(), order.buyerId().value(), credit.agent(),
					credit.receptionDay(), order.createdAt(), order.paidAt(), order.paidAmount(), order.refunds()));
		}
		return new Inputs(classified.stream().map(reception -> ReceptionSummary.of(reception, SHOP, settings)).toList(),
				credited);
	}

	private record Inputs(List<ReceptionSummary> summaries, List<CreditedOrder> credited) {
	}

	private List<Instant> createdTimes(long buyerId) {
		return orders.stream().filter(order -> order.buyerId().value() == buyerId).map(Order::createdAt).toList();
	}

	private static AgentFigures single(Sheet sheet) {
		assertThat(sheet.agents()).hasSize(1);
		return sheet.agents().get(0);
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

}
