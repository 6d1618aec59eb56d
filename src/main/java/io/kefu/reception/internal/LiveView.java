package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.customer.Buyers;
import io.kefu.reception.AgentSeat;
import io.kefu.reception.Conversation;
import io.kefu.reception.LiveFloor;
import io.kefu.shop.ShopId;
import io.kefu.staff.SkillGroup;

import org.springframework.stereotype.Component;

/** The supervisor's live view: who is at the desk with how many buyers, and the queue. */
@Component
class LiveView {

	private final Dispatcher dispatcher;

	private final Conversations conversations;

	private final Buyers buyers;

	private final Clock clock;

	private final BuyingBuyers buying;

	LiveView(Dispatcher dispatcher, Conversations conversations, Buyers buyers, Clock clock, BuyingBuyers buying) {
		this.buying = buying;
		this.dispatcher = dispatcher;
		this.conversations = conversations;
		this.buyers = buyers;
		this.clock = clock;
	}

	List<AgentSeat> seats(long shopId) {
		return dispatcher.chart(shopId, clock.instant()).views();
	}

	LiveFloor of(long shopId) {
		Instant now = clock.instant();
		SeatChart.Chart chart = dispatcher.chart(shopId, now);
		List<Conversation> arrived = conversations.queue(shopId);
		Set<Long> buyingNow = buying.among(shopId, arrived);
		List<Conversation> waiting = ServiceOrder.of(arrived, buyingNow);
		Map<Long, String> nicks = buyers.nicks(ShopId.of(shopId), waiting.stream().map(Conversation::buyerId).toList());
		Map<SkillGroup, Integer> positions = new EnumMap<>(SkillGroup.class);
		List<LiveFloor.Queued> queue = new ArrayList<>();
		for (Conversation c : waiting) {
			long seconds = Math.max(0, Duration.between(c.queuedAt(), now).toSeconds());
			queue.add(new LiveFloor.Queued(c.id(), c.buyerId(), nicks.getOrDefault(c.buyerId(), ""), c.skillGroup(),
					c.queuedAt(), positions.merge(c.skillGroup(), 1, Integer::sum), seconds,
					buyingNow.contains(c.id())));
		}
		LongestWait wait = LongestWait.of(conversations.openInShop(shopId), now);
		return new LiveFloor(shopId, now, chart.views(), queue, wait.longestSeconds(), wait.buyers());
	}

}
