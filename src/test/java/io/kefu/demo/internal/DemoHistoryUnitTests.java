package io.kefu.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.demo.DemoVolume;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.staff.Agent;

import org.junit.jupiter.api.Test;

import static io.kefu.demo.internal.DemoShopMother.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

class DemoHistoryUnitTests {

	private static final List<DayPlan> MONTH = DemoShopMother.month();

	private static final List<PlannedMessage> MESSAGES = MONTH.stream()
		.flatMap(day -> day.messages().stream())
		.toList();

	private static final Map<String, List<PlannedMessage>> THREADS = MESSAGES.stream()
		.collect(Collectors.groupingBy(PlannedMessage::nick));

	@Test
	void generatesTheSameHistoryForTheSameSeed() {
		assertThat(DemoShopMother.plan(1, 42, 3)).isEqualTo(DemoShopMother.plan(1, 42, 3));
	}

	@Test
	void aHistoryMadeDuringTheLastDayStopsAtThatMoment() {
		Instant noon = DemoShopMother.SHOP.startOf(DemoShopMother.LAST_DAY).plusSeconds(12 * 3600);
		DemoHistory history = DemoShopMother.history(new DemoVolume(1, 42, 2, DemoShopMother.LAST_DAY, noon));

		List<DayPlan> days = history.days().stream().map(history::plan).toList();

		assertThat(days.get(1).messages()).isNotEmpty().allMatch(message -> message.at().isBefore(noon));
		assertThat(days).flatMap(DayPlan::orders).allSatisfy(order -> {
			assertThat(order.createdAt()).isBefore(noon);
			assertThat(order.paidAt() == null || order.paidAt().isBefore(noon)).isTrue();
		});
	}

	@Test
	void generatesAnotherHistoryForAnotherSeed() {
		assertThat(DemoShopMother.plan(1, 42, 3)).isNotEqualTo(DemoShopMother.plan(1, 43, 3));
	}

	@Test
	void coversThirtyBusinessDaysEndingWithTheLastDay() {
		assertThat(MONTH).hasSize(30);
		assertThat(MONTH.get(29).day()).isEqualTo(DemoShopMother.LAST_DAY);
		assertThat(MESSAGES)
			.allSatisfy(m -> assertThat(m.at()).isBefore(SHOP.startOf(DemoShopMother.LAST_DAY.plusDays(1))));
	}

	@Test
	void isBusierInTheEveningPeakThanInTheMorning() {
		Map<Integer, Long> byHour = MESSAGES.stream()
			.filter(m -> m.direction() == Direction.IN)
			.collect(Collectors.groupingBy(m -> local(m.at()).getHour(), Collectors.counting()));
		long evening = byHour.getOrDefault(20, 0L) + byHour.getOrDefault(21, 0L);
		long morning = byHour.getOrDefault(8, 0L) + byHour.getOrDefault(9, 0L);
		long night = byHour.getOrDefault(3, 0L) + byHour.getOrDefault(4, 0L);
		assertThat(evening).isGreaterThan(2 * morning);
		assertThat(night).isLessThan(morning);
	}

	@Test
	void isBusiestOnDoubleEleven() {
		Map<Integer, Integer> byDayOfMonth = MONTH.stream()
			.filter(day -> day.day().getMonthValue() == 11)
			.collect(Collectors.toMap(day -> day.day().getDayOfMonth(), day -> day.messages().size()));
		// the busiest day of the month by far; the agents on shift, not the buyers, cap
		// how far
		assertThat(byDayOfMonth.get(11)).isEqualTo(byDayOfMonth.values().stream().max(Integer::compare).orElseThrow());
		assertThat(byDayOfMonth.get(11)).isGreaterThan(3 * byDayOfMonth.get(4) / 2)
			.isGreaterThan(3 * byDayOfMonth.get(18) / 2);
	}

	@Test
	void greetsArrivingBuyersWithAutoRepliesFromTheAgentsSubAccounts() {
		assertThat(MESSAGES).filteredOn(m -> m.kind() == MessageKind.AUTO_REPLY)
			.hasSizeGreaterThan(500)
			.allSatisfy(m -> {
				assertThat(m.content()).startsWith("[自动回复]");
				assertThat(m.agentId()).isNotNull();
			});
	}

	@Test
	void givesEveryShopMessageAnAgentAndNoBuyerMessageOne() {
		assertThat(MESSAGES).filteredOn(m -> m.direction() == Direction.OUT)
			.allSatisfy(m -> assertThat(m.agentId()).isNotNull());
		assertThat(MESSAGES).filteredOn(m -> m.direction() == Direction.IN)
			.allSatisfy(m -> assertThat(m.agentId()).isNull());
	}

	@Test
	void keepsEveryThreadInTimeOrder() {
		assertThat(THREADS.values()).allSatisfy(
				thread -> assertThat(thread).extracting(PlannedMessage::at).isSortedAccordingTo(Instant::compareTo));
	}

	@Test
	void leavesLateBuyersUnansweredOnTheirBusinessDay() {
		List<PlannedMessage> lateQuestions = MESSAGES.stream()
			.filter(m -> m.direction() == Direction.IN && !local(m.at()).toLocalTime().isBefore(LocalTime.of(23, 30)))
			.toList();
		assertThat(lateQuestions).anySatisfy(late -> {
			Instant graceEnd = SHOP.startOf(SHOP.businessDay(late.at()).plusDays(1)).plus(Duration.ofMinutes(30));
			assertThat(THREADS.get(late.nick()))
				.noneMatch(m -> m.isHuman() && m.at().isAfter(late.at()) && m.at().isBefore(graceEnd));
		});
	}

	@Test
	void leavesSomeConsultationsWithoutAnyShopMessage() {
		assertThat(THREADS.values()).filteredOn(thread -> thread.stream().allMatch(m -> m.direction() == Direction.IN))
			.hasSizeGreaterThan(10);
	}

	@Test
	void transfersSomeBuyersToAColleagueWhoGoesOn() {
		assertThat(THREADS.values()).anySatisfy(thread -> {
			int transfer = indexOf(thread, m -> m.kind() == MessageKind.SYSTEM);
			assertThat(thread.get(transfer).content()).matches("客服\\S+将会话转交给\\S+");
			PlannedMessage next = thread.subList(transfer + 1, thread.size())
				.stream()
				.filter(PlannedMessage::isHuman)
				.findFirst()
				.orElseThrow();
			assertThat(next.agentId()).isNotEqualTo(thread.get(transfer).agentId());
		});
	}

	@Test
	void bringsBuyersBackToTheAfterSalesAgentsAboutEarlierOrders() {
		Set<Long> afterSales = agentIds("ajie", "aning");
		Map<String, PlannedOrder> ordersByNo = MONTH.stream()
			.flatMap(day -> day.orders().stream())
			.collect(Collectors.toMap(PlannedOrder::orderNo, Function.identity()));
		List<PlannedMessage> cases = MESSAGES.stream()
			.filter(m -> m.kind() == MessageKind.CARD && m.direction() == Direction.IN
					&& m.content().startsWith("[订单] "))
			.filter(m -> ordersByNo.get(m.content().substring(5))
				.createdAt()
				.isBefore(m.at().minus(Duration.ofDays(1))))
			.toList();
		assertThat(cases).hasSizeGreaterThan(20);
		assertThat(cases).anySatisfy(m -> assertThat(THREADS.get(m.nick()))
			.anyMatch(reply -> reply.isHuman() && afterSales.contains(reply.agentId())));
	}

	@Test
	void answersFasterWithAnExperiencedAgentThanWithTheTrainee() {
		Map<Long, Double> medians = ReplyTimes.medianByAgent(THREADS.values());
		assertThat(medians.get(agentIds("xiaomei").iterator().next()))
			.isLessThan(medians.get(agentIds("xiaotang").iterator().next()) / 2);
	}

	@Test
	void bringsUndecidedBuyersBackOnALaterDay() {
		assertThat(THREADS.values())
			.filteredOn(thread -> thread.stream()
				.filter(m -> m.direction() == Direction.IN)
				.map(m -> SHOP.businessDay(m.at()))
				.distinct()
				.count() > 1)
			.hasSizeGreaterThan(50);
	}

	@Test
	void growsWithTheScale() {
		long once = DemoShopMother.plan(1, 7, 5).stream().mapToLong(d -> d.messages().size()).sum();
		long twice = DemoShopMother.plan(2, 7, 5).stream().mapToLong(d -> d.messages().size()).sum();
		assertThat(MESSAGES).hasSizeBetween(20_000, 30_000);
		assertThat((double) twice / once).isBetween(1.8, 2.2);
	}

	private static Set<Long> agentIds(String... usernames) {
		Set<String> wanted = Set.of(usernames);
		return DemoShopMother.agents()
			.stream()
			.filter(a -> wanted.contains(a.username()))
			.map(Agent::id)
			.map(id -> id.value())
			.collect(Collectors.toSet());
	}

	private static int indexOf(List<PlannedMessage> thread, java.util.function.Predicate<PlannedMessage> test) {
		for (int i = 0; i < thread.size(); i++) {
			if (test.test(thread.get(i))) {
				return i;
			}
		}
		throw new AssertionError("not in this thread");
	}

	private static ZonedDateTime local(Instant at) {
		return at.atZone(SHOP.timeZone());
	}

}
