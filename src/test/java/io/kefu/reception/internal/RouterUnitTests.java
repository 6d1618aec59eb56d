package io.kefu.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import io.kefu.reception.Presence;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static io.kefu.reception.internal.Seats.agent;
import static io.kefu.reception.internal.Seats.buyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RouterUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

	final Router router = new Router(TODAY, NOW);

	static QueuedBuyer preSales(long buyerId) {
		return buyer(buyerId, buyerId, SkillGroup.PRE_SALES, null, NOW);
	}

	static QueuedBuyer afterSales(long buyerId) {
		return buyer(buyerId, buyerId, SkillGroup.AFTER_SALES, null, NOW);
	}

	static QueuedBuyer returning(long buyerId, long lastAgent) {
		return buyer(buyerId, buyerId, SkillGroup.PRE_SALES, lastAgent, NOW);
	}

	Router.Decision route(QueuedBuyer buyer, Seats... seats) {
		return router.route(buyer, Arrays.stream(seats).map(Seats::seat).toList());
	}

	static Router.Decision assign(long agentId) {
		return new Router.Decision.Assign(agentId);
	}

	static Router.Decision waiting(Router.WaitReason reason) {
		return new Router.Decision.Wait(reason);
	}

	@Test
	void theAgentWhoServedTheBuyerLastGetsThemAgainWhenOnlineAndNotFull() {
		assertThat(route(returning(1, 11), agent(10), agent(11).load(4))).isEqualTo(assign(11));
	}

	@Test
	void theLastAgentIsPassedOverWhenFull() {
		assertThat(route(returning(1, 11), agent(10).load(3), agent(11).load(5), agent(12).load(1)))
			.isEqualTo(assign(12));
	}

	@ParameterizedTest
	@EnumSource(value = Presence.class, names = { "BUSY", "AWAY", "OFFLINE" })
	void theLastAgentIsPassedOverWhenNotOnline(Presence presence) {
		assertThat(route(returning(1, 11), agent(10).load(2), agent(11).presence(presence))).isEqualTo(assign(10));
	}

	@Test
	void theLastAgentIsPassedOverWhenOfTheOtherGroup() {
		assertThat(route(returning(1, 11), agent(10).load(4), agent(11).afterSales())).isEqualTo(assign(10));
	}

	@Test
	void aLastAgentNoLongerAtTheDeskIsIgnored() {
		assertThat(route(returning(1, 99), agent(10).load(1), agent(11))).isEqualTo(assign(11));
	}

	@Test
	void otherwiseTheLeastLoadedAgentTakesTheBuyer() {
		assertThat(route(preSales(1), agent(10).load(3), agent(11).load(1), agent(12).load(2))).isEqualTo(assign(11));
	}

	@Test
	void equalLoadsGoToTheAgentGivenABuyerLongestAgo() {
		assertThat(route(preSales(1), agent(10).lastAssignedAt(NOW.minusSeconds(60)),
				agent(11).lastAssignedAt(NOW.minusSeconds(600)), agent(12).lastAssignedAt(NOW.minusSeconds(5))))
			.isEqualTo(assign(11));
	}

	@Test
	void anAgentNotGivenAnyoneYetComesFirstAmongEqualLoads() {
		assertThat(route(preSales(1), agent(10).lastAssignedAt(NOW.minusSeconds(600)), agent(11)))
			.isEqualTo(assign(11));
	}

	@Test
	void remainingTiesGoToTheLowestId() {
		assertThat(route(preSales(1), agent(12), agent(10), agent(11))).isEqualTo(assign(10));
	}

	@Test
	void aTraineeTakesNobodyAlone() {
		assertThat(route(preSales(1), agent(10).trainee(), agent(11).load(4))).isEqualTo(assign(11));
		assertThat(route(preSales(1), agent(10).trainee())).isEqualTo(waiting(Router.WaitReason.ALL_FULL));
	}

	@Test
	void aTraineeUnderAMentorTakesBuyersUpToTheSupervisedCap() {
		assertThat(route(preSales(1), agent(10).supervisedBy(11).cap(5).load(2), agent(11).load(3)))
			.isEqualTo(assign(10));
		assertThat(route(preSales(1), agent(10).supervisedBy(11).cap(5).load(5)))
			.isEqualTo(waiting(Router.WaitReason.ALL_FULL));
	}

	@Test
	void anAfterSalesTraineeTakesTenBuyersADayForTheFirstThreeDaysOfSupervisedReception() {
		Seats third = agent(20).afterSales().supervisedBy(21).certifiedOn(TODAY.minusDays(2)).servedToday(tenBuyers());
		Seats fourth = agent(20).afterSales().supervisedBy(21).certifiedOn(TODAY.minusDays(3)).servedToday(tenBuyers());

		assertThat(route(afterSales(99), third)).isEqualTo(waiting(Router.WaitReason.ALL_FULL));
		assertThat(route(afterSales(99), fourth)).isEqualTo(assign(20));
	}

	@Test
	void theAgentsCapIsTheirOwn() {
		assertThat(route(preSales(1), agent(10).load(2).cap(2), agent(11).load(7).cap(8))).isEqualTo(assign(11));
	}

	@Test
	void anAfterSalesBuyerGoesOnlyToAfterSalesAgents() {
		assertThat(route(afterSales(1), agent(10), agent(11).afterSales().load(4))).isEqualTo(assign(11));
		assertThat(route(afterSales(1), agent(10), agent(11).afterSales().load(5)))
			.isEqualTo(waiting(Router.WaitReason.ALL_FULL));
	}

	@Test
	void aPreSalesBuyerGoesOnlyToPreSalesAgents() {
		assertThat(route(preSales(1), agent(10).afterSales(), agent(11).presence(Presence.AWAY)))
			.isEqualTo(waiting(Router.WaitReason.NOBODY_AT_DESK));
	}

	@Test
	void aShopWithoutAnyAgentOfTheGroupLetsEveryGroupTakeTheBuyer() {
		assertThat(route(afterSales(1), agent(10).load(2), agent(11).load(1))).isEqualTo(assign(11));
	}

	static Seats newAgent(LocalDate certifiedOn, long... buyersToday) {
		return agent(20).afterSales().certifiedOn(certifiedOn).servedToday(buyersToday);
	}

	static long[] tenBuyers() {
		return LongStream.rangeClosed(101, 110).toArray();
	}

	@ParameterizedTest
	@CsvSource({ "0, true", "1, true", "2, true", "3, false", "30, false" })
	void aNewlyCertifiedAfterSalesAgentTakesAtMostTenBuyersADayOnTheirFirstThreeDays(int daysSinceCertification,
			boolean limited) {
		Seats seat = newAgent(TODAY.minusDays(daysSinceCertification), tenBuyers());

		assertThat(route(afterSales(1), seat)).isEqualTo(limited ? waiting(Router.WaitReason.ALL_FULL) : assign(20));
		assertThat(seat.seat().dailyLimit(TODAY)).isEqualTo(limited ? 10 : null);
	}

	@Test
	void aNewlyCertifiedAfterSalesAgentTakesTheTenthBuyer() {
		assertThat(route(afterSales(1), newAgent(TODAY, LongStream.rangeClosed(101, 109).toArray())))
			.isEqualTo(assign(20));
	}

	@Test
	void aNewlyCertifiedAgentTakesABuyerTheyAlreadyHadTodayEvenAtTheLimit() {
		assertThat(route(afterSales(105), newAgent(TODAY.minusDays(1), tenBuyers()))).isEqualTo(assign(20));
	}

	@Test
	void aNewlyCertifiedAgentAtTheLimitLeavesTheRestToColleagues() {
		assertThat(route(afterSales(1), newAgent(TODAY, tenBuyers()), agent(21).afterSales().load(4)))
			.isEqualTo(assign(21));
	}

	@Test
	void thereIsNoDailyLimitBeforeTheCertificationDayOrWithoutOne() {
		assertThat(newAgent(TODAY.plusDays(1)).seat().dailyLimit(TODAY)).isNull();
		assertThat(agent(20).afterSales().seat().dailyLimit(TODAY)).isNull();
	}

	@Test
	void newlyCertifiedPreSalesAgentsHaveNoDailyLimit() {
		Seats preSales = agent(20).certifiedOn(TODAY).servedToday(tenBuyers());

		assertThat(preSales.seat().dailyLimit(TODAY)).isNull();
		assertThat(route(preSales(1), preSales)).isEqualTo(assign(20));
	}

	@Test
	void aBuyerNobodyCanTakeHearsTheAgentsAreAwayWhenNoneOfTheGroupIsAtTheDesk() {
		assertThat(route(preSales(1), agent(10).presence(Presence.AWAY), agent(11).presence(Presence.OFFLINE)))
			.isEqualTo(waiting(Router.WaitReason.NOBODY_AT_DESK));
		assertThat(route(preSales(1))).isEqualTo(waiting(Router.WaitReason.NOBODY_AT_DESK));
	}

	@Test
	void aBuyerNobodyCanTakeHearsTheyAreBusyWhenEveryoneAtTheDeskIsFull() {
		assertThat(route(preSales(1), agent(10).load(5), agent(11).presence(Presence.AWAY)))
			.isEqualTo(waiting(Router.WaitReason.ALL_FULL));
	}

	@Test
	void aBuyerHearsTheAgentsAreBusyWhenTheOnlyOnesAtTheDeskSetThemselvesBusy() {
		assertThat(route(preSales(1), agent(10).presence(Presence.BUSY)))
			.isEqualTo(waiting(Router.WaitReason.ALL_FULL));
	}

	@Test
	void drainingAssignsInArrivalOrderAndCountsEachAssignmentAgainstTheCap() {
		List<QueuedBuyer> queue = List.of(buyer(3, 3, SkillGroup.PRE_SALES, null, NOW.minusSeconds(10)),
				buyer(1, 1, SkillGroup.PRE_SALES, null, NOW.minusSeconds(30)),
				buyer(2, 2, SkillGroup.PRE_SALES, null, NOW.minusSeconds(20)));

		Router.Drain drain = router.drain(queue, List.of(agent(10).load(4).seat(), agent(11).load(4).seat()));

		assertThat(drain.assigned()).extracting(a -> a.buyer().conversationId(), Router.Assigned::agentId)
			.containsExactly(tuple(1L, 10L), tuple(2L, 11L));
		assertThat(drain.waiting()).singleElement().satisfies(wait -> {
			assertThat(wait.buyer().conversationId()).isEqualTo(3);
			assertThat(wait.position()).isEqualTo(1);
			assertThat(wait.reason()).isEqualTo(Router.WaitReason.ALL_FULL);
		});
	}

	@Test
	void drainingSpreadsBuyersOverEqualAgentsInTurn() {
		List<QueuedBuyer> queue = LongStream.rangeClosed(1, 4)
			.mapToObj(id -> buyer(id, id, SkillGroup.PRE_SALES, null, NOW.plusSeconds(id)))
			.toList();

		Router.Drain drain = router.drain(queue, List.of(agent(10).seat(), agent(11).seat()));

		assertThat(drain.assigned()).extracting(Router.Assigned::agentId).containsExactly(10L, 11L, 10L, 11L);
	}

	@Test
	void drainingNumbersWaitingBuyersWithinTheirGroup() {
		List<QueuedBuyer> queue = List.of(buyer(1, 1, SkillGroup.PRE_SALES, null, NOW.plusSeconds(1)),
				buyer(2, 2, SkillGroup.AFTER_SALES, null, NOW.plusSeconds(2)),
				buyer(3, 3, SkillGroup.PRE_SALES, null, NOW.plusSeconds(3)));

		Router.Drain drain = router.drain(queue,
				List.of(agent(10).load(5).seat(), agent(11).afterSales().presence(Presence.AWAY).seat()));

		assertThat(drain.waiting())
			.extracting(w -> w.buyer().conversationId(), Router.Waiting::position, Router.Waiting::reason)
			.containsExactly(tuple(1L, 1, Router.WaitReason.ALL_FULL), tuple(2L, 1, Router.WaitReason.NOBODY_AT_DESK),
					tuple(3L, 2, Router.WaitReason.ALL_FULL));
	}

	@Test
	void aGroupWithRoomServesItsBuyersWhileTheOtherGroupWaits() {
		List<QueuedBuyer> queue = List.of(buyer(1, 1, SkillGroup.PRE_SALES, null, NOW.plusSeconds(1)),
				buyer(2, 2, SkillGroup.AFTER_SALES, null, NOW.plusSeconds(2)));

		Router.Drain drain = router.drain(queue, List.of(agent(10).load(5).seat(), agent(11).afterSales().seat()));

		assertThat(drain.assigned()).extracting(a -> a.buyer().conversationId()).containsExactly(2L);
		assertThat(drain.waiting()).extracting(w -> w.buyer().conversationId()).containsExactly(1L);
	}

	@Test
	void drainingCountsANewAgentsBuyersAgainstTheirDailyLimit() {
		List<QueuedBuyer> queue = LongStream.rangeClosed(1, 3)
			.mapToObj(id -> buyer(id, id, SkillGroup.AFTER_SALES, null, NOW.plusSeconds(id)))
			.toList();
		Seats almostFull = agent(20).afterSales()
			.certifiedOn(TODAY)
			.servedToday(LongStream.rangeClosed(101, 109).toArray());

		Router.Drain drain = router.drain(queue, List.of(almostFull.seat()));

		assertThat(drain.assigned()).extracting(a -> a.buyer().conversationId()).containsExactly(1L);
		assertThat(drain.waiting()).extracting(Router.Waiting::position).containsExactly(1, 2);
	}

	@Test
	void drainingAnEmptyQueueAssignsNobody() {
		Router.Drain drain = router.drain(List.of(), List.of(agent(10).seat()));

		assertThat(drain.assigned()).isEmpty();
		assertThat(drain.waiting()).isEmpty();
	}

}
