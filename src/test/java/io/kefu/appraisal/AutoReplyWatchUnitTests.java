package io.kefu.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.analytics.StoredReception;
import io.kefu.customer.BuyerId;
import io.kefu.reception.AutoReply;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which auto-replies are suspect: fewer than ten buyers waiting for the agent, counted
 * from the runs the agent owns, the greeting on arrival left out.
 */
class AutoReplyWatchUnitTests {

	private static final Shop SHOP = new Shop(ShopId.of(1), "视谱台灯旗舰店", Platform.TMALL, Shop.DEFAULT_ZONE,
			LocalTime.MIDNIGHT);

	private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

	private static final AgentId MEI = AgentId.of(7);

	private static final AgentId LAN = AgentId.of(8);

	private final AutoReplyWatch watch = new AutoReplyWatch(SHOP, Duration.ofMinutes(30),
			AutoReplyWatch.FEWEST_WAITING);

	private final List<StoredReception> receptions = new ArrayList<>();

	private long message = 1;

	@Test
	void nineBuyersWaitingIsSuspectAndTenIsNot() {
		waiting(MEI, 9, at("10:00"), at("10:30"));
		waiting(LAN, 10, at("10:00"), at("10:30"));

		List<SuspectedCheating> suspects = watch
			.suspects(List.of(midConversation(MEI, 1, at("10:05")), midConversation(LAN, 1, at("10:05"))), receptions);

		assertThat(suspects).containsExactly(new SuspectedCheating(MEI, DAY, 1, 9, at("10:05")));
	}

	@Test
	void aBuyerWaitsFromTheRunsFirstMessageUntilItsAnswer() {
		waiting(MEI, 12, at("10:00"), at("10:10"));

		assertThat(watch.suspects(List.of(midConversation(MEI, 1, at("10:09"))), receptions))
			.as("a busy moment: twelve waiting")
			.isEmpty();
		assertThat(watch.suspects(List.of(midConversation(MEI, 1, at("10:10"))), receptions))
			.as("answered at that very moment: nobody waits")
			.extracting(SuspectedCheating::fewestWaiting)
			.containsExactly(0);
		assertThat(watch.suspects(List.of(midConversation(MEI, 1, at("09:59"))), receptions)).singleElement()
			.satisfies(suspect -> assertThat(suspect.fewestWaiting()).as("nobody has written yet").isZero());
	}

	@Test
	void anUnansweredRunWaitsUntilTheEndOfItsDayPlusTheGrace() {
		waiting(MEI, 10, at("22:00"), null);
		Instant inTheGrace = SHOP.startOf(DAY.plusDays(1)).plus(Duration.ofMinutes(29));
		Instant afterIt = SHOP.startOf(DAY.plusDays(1)).plus(Duration.ofMinutes(30));

		List<SuspectedCheating> suspects = watch.suspects(List.of(midConversation(MEI, 1, at("23:00")),
				midConversation(MEI, 1, inTheGrace), midConversation(MEI, 1, afterIt)), receptions);

		assertThat(suspects).containsExactly(new SuspectedCheating(MEI, DAY.plusDays(1), 1, 0, afterIt));
	}

	@Test
	void theGreetingOnArrivalIsNeverSuspect() {
		AutoReply firstEver = new AutoReply(message++, BuyerId.of(100), MEI, at("10:05"), null);
		AutoReply firstToday = new AutoReply(message++, BuyerId.of(101), MEI, at("10:06"),
				at("10:00").minus(Duration.ofDays(1)));

		assertThat(watch.suspects(List.of(firstEver, firstToday), receptions)).isEmpty();
	}

	@Test
	void onlyTheAgentsOwnBuyersWaitForThem() {
		waiting(LAN, 15, at("10:00"), at("11:00"));
		waiting(MEI, 2, at("10:00"), at("11:00"));

		assertThat(watch.suspects(List.of(midConversation(MEI, 1, at("10:30"))), receptions))
			.extracting(SuspectedCheating::fewestWaiting)
			.containsExactly(2);
	}

	@Test
	void suspectsAreOneRowPerAgentAndDayByDayThenAgent() {
		waiting(MEI, 3, at("10:00"), at("12:00"));
		waiting(MEI, 1, at("10:00").plus(Duration.ofMinutes(90)), at("12:00"));

		List<SuspectedCheating> suspects = watch.suspects(List.of(midConversation(MEI, 1, at("10:30")),
				midConversation(MEI, 1, at("11:40")), midConversation(LAN, 1, at("09:00")),
				midConversation(MEI, 1, at("10:00").plus(Duration.ofDays(-1)))), receptions);

		assertThat(suspects).containsExactly(
				new SuspectedCheating(MEI, DAY.minusDays(1), 1, 0, at("10:00").plus(Duration.ofDays(-1))),
				new SuspectedCheating(MEI, DAY, 2, 3, at("10:30")), new SuspectedCheating(LAN, DAY, 1, 0, at("09:00")));
	}

	/** {@code buyers} buyers of the agent, each with one run of {@code DAY}. */
	private void waiting(AgentId agent, int buyers, Instant from, @Nullable Instant answeredAt) {
		long first = receptions.size() * 1000L + agent.value() * 100_000L;
		for (int i = 0; i < buyers; i++) {
			receptions.add(new StoredReception(agent, BuyerId.of(first + i), SHOP.businessDay(from),
					List.of(new StoredReception.Run(message++, from, from, 1, answeredAt)), List.of()));
		}
	}

	/** An auto-reply after the agent had already written to the buyer that day. */
	private AutoReply midConversation(AgentId agent, long buyer, Instant at) {
		return new AutoReply(message++, BuyerId.of(buyer), agent, at, at.minusSeconds(60));
	}

	private static Instant at(String time) {
		return SHOP.startOf(DAY).plus(Duration.between(LocalTime.MIDNIGHT, LocalTime.parse(time)));
	}

}
