package io.kefu.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.kefu.order.Remark;
import io.kefu.staff.Agent;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static io.kefu.demo.internal.DemoShopMother.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reading the demo shop would find implausible: a remark written before its
 * order existed, a trainee who received as many buyers as the seniors.
 */
class DemoPlausibilityUnitTests {

	private static final List<DayPlan> MONTH = DemoShopMother.month();

	@Test
	void noRemarkIsWrittenBeforeItsOrderIsCreated() {
		assertThat(MONTH).flatMap(DayPlan::orders).allSatisfy(order -> {
			for (Remark remark : order.remarks()) {
				assertThat(remark.createdAt()).as("remark %s on order %s", remark.text(), order.orderNo())
					.isAfterOrEqualTo(order.createdAt());
			}
		});
	}

	@Test
	void aTraineeReceivesFewerBuyersADayThanEverySeniorOfTheGroupOnAFullShift() {
		Set<Long> trainees = agentIds(true);
		Map<LocalDate, Map<Long, Long>> receptions = receptionsByDayAndAgent();
		assertThat(
				receptions.entrySet().stream().filter(day -> trainees.stream().anyMatch(day.getValue()::containsKey)))
			.isNotEmpty()
			.allSatisfy(entry -> {
				Map<Long, Long> day = entry.getValue();
				long mostOfATrainee = trainees.stream().mapToLong(id -> day.getOrDefault(id, 0L)).max().orElse(0);
				long fewestOfASenior = seniorsAtWork(entry.getKey()).stream()
					.mapToLong(id -> day.getOrDefault(id, 0L))
					.min()
					.orElseThrow();
				assertThat(mostOfATrainee).as("receptions on %s: %s", entry.getKey(), day).isLessThan(fewestOfASenior);
			});
	}

	/** A reception is one agent, one buyer, one business day, as the figures count it. */
	private static Map<LocalDate, Map<Long, Long>> receptionsByDayAndAgent() {
		record Reception(LocalDate day, long agentId, String nick) {
		}
		return MONTH.stream()
			.flatMap(day -> day.messages().stream())
			.filter(message -> message.isHuman() && message.agentId() != null)
			.map(message -> new Reception(SHOP.businessDay(message.at()), message.agentId(), message.nick()))
			.distinct()
			.collect(Collectors.groupingBy(Reception::day,
					Collectors.groupingBy(Reception::agentId, Collectors.counting())));
	}

	private static Set<Long> agentIds(boolean inTraining) {
		return agentIds(member -> member.trainee() == inTraining);
	}

	/** The certified pre-sales agents whose day off is another day. */
	private static Set<Long> seniorsAtWork(LocalDate day) {
		return agentIds(member -> !member.trainee() && member.profile().dayOff() != day.getDayOfWeek());
	}

	/** The pre-sales agents who receive buyers and are such members. */
	private static Set<Long> agentIds(Predicate<DemoStaff.Member> which) {
		Set<String> usernames = DemoStaff.MEMBERS.stream()
			.filter(member -> member.profile() != null && member.group() == SkillGroup.PRE_SALES && which.test(member))
			.map(DemoStaff.Member::username)
			.collect(Collectors.toSet());
		return DemoShopMother.agents()
			.stream()
			.filter(agent -> usernames.contains(agent.username()))
			.map(Agent::id)
			.map(id -> id.value())
			.collect(Collectors.toSet());
	}

}
