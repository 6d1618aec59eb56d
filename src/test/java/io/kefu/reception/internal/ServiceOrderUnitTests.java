package io.kefu.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.kefu.reception.Conversation;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static io.kefu.reception.internal.Seats.agent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 优先回复购买商品买家 (seed 000): buyers who are buying are served before those who only ask, each
 * kind in arrival order, and wait with their place counted that way.
 */
class ServiceOrderUnitTests {

	static final Instant NINE = Instant.parse("2026-11-20T01:00:00Z");

	final Router router = new Router(LocalDate.of(2026, 11, 20), NINE.plusSeconds(3600));

	@Test
	void aBuyerWhoIsBuyingIsServedBeforeOneWhoArrivedEarlierOnlyAsking() {
		QueuedBuyer asking = queued(1, 0, false);
		QueuedBuyer buying = queued(2, 60, true);

		Router.Drain drain = router.drain(List.of(asking, buying), List.of(agent(10).load(4).seat()));

		assertThat(drain.assigned()).extracting(a -> a.buyer().conversationId()).containsExactly(2L);
		assertThat(drain.waiting()).singleElement().satisfies(wait -> {
			assertThat(wait.buyer().conversationId()).isEqualTo(1L);
			assertThat(wait.position()).isEqualTo(1);
		});
	}

	@Test
	void buyersWhoAreBuyingKeepTheirArrivalOrderAmongThemselvesAndSoDoTheOthers() {
		List<QueuedBuyer> queue = List.of(queued(1, 0, false), queued(2, 10, true), queued(3, 20, false),
				queued(4, 30, true), queued(5, 30, false));

		assertThat(queue.stream().sorted(ServiceOrder.QUEUE).map(QueuedBuyer::conversationId)).containsExactly(2L, 4L,
				1L, 3L, 5L);
	}

	@Test
	void whenNobodyCanTakeThemTheBuyingWaitAheadOfTheAsking() {
		Router.Drain drain = router.drain(List.of(queued(1, 0, false), queued(2, 60, true), queued(3, 90, true)),
				List.of(agent(10).load(5).seat()));

		assertThat(drain.waiting()).extracting(w -> w.buyer().conversationId(), Router.Waiting::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1), org.assertj.core.groups.Tuple.tuple(3L, 2),
					org.assertj.core.groups.Tuple.tuple(1L, 3));
	}

	@Test
	void theListedQueueFollowsTheSameOrder() {
		Conversation early = waiting(1, NINE);
		Conversation late = waiting(2, NINE.plusSeconds(30));

		assertThat(ServiceOrder.of(List.of(early, late), Set.of(2L))).extracting(Conversation::id)
			.containsExactly(2L, 1L);
		assertThat(ServiceOrder.of(List.of(early, late), Set.of())).extracting(Conversation::id)
			.containsExactly(1L, 2L);
	}

	private static Conversation waiting(long id, Instant at) {
		Conversation opened = Conversation.open(1, 100 + id, 1000 + id, SkillGroup.PRE_SALES, null, at);
		return new Conversation(id, opened.shopId(), opened.buyerId(), opened.threadId(), opened.status(),
				opened.skillGroup(), null, null, at, at, null, null, null, at, 1);
	}

	private static QueuedBuyer queued(long id, int secondsAfterNine, boolean buying) {
		return new QueuedBuyer(id, 100 + id, SkillGroup.PRE_SALES, null, NINE.plusSeconds(secondsAfterNine), buying);
	}

}
