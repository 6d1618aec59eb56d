package io.kefu.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.reception.AgentSeat;
import io.kefu.reception.Apprentices;
import io.kefu.reception.Apprentices.Apprenticeship;
import io.kefu.reception.ChatSettings;
import io.kefu.reception.Presence;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/**
 * Reads who sits at a shop's reception desk right now: the agents with a skill group,
 * their presence, load, cap and the buyers given to them this business day. An agent in
 * training receives buyers only once training says so, under the lower cap.
 */
@Component
class SeatChart {

	private final Shops shops;

	private final Staff staff;

	private final Floor floor;

	private final Conversations conversations;

	private final SettingsInForce settings;

	private final Apprentices apprentices;

	SeatChart(Shops shops, Staff staff, Floor floor, Conversations conversations, SettingsInForce settings,
			Apprentices apprentices) {
		this.shops = shops;
		this.staff = staff;
		this.floor = floor;
		this.conversations = conversations;
		this.settings = settings;
		this.apprentices = apprentices;
	}

	Chart of(long shopId, Instant now) {
		Shop shop = shops.get(ShopId.of(shopId));
		LocalDate today = shop.businessDay(now);
		List<Agent> agents = staff.inShop(ShopId.of(shopId));
		Map<Long, Floor.Stance> presences = floor.presences(shopId);
		Map<Long, Integer> loads = conversations.loads(shopId);
		Map<Long, Floor.Day> days = floor.assignmentsSince(shopId, shop.startOf(today));
		ChatSettings chat = settings.at(shopId, now);
		Map<AgentId, Apprenticeship> supervised = apprentices.receivingOn(ShopId.of(shopId), today);
		List<Seat> seats = agents.stream().filter(agent -> agent.enabled() && agent.skillGroup() != null).map(agent -> {
			long id = agent.id().value();
			Floor.Day day = days.getOrDefault(id, Floor.Day.NONE);
			Presence presence = presences.getOrDefault(id, Floor.Stance.OFFLINE).presence();
			int load = loads.getOrDefault(id, 0);
			if (agent.certification() == Certification.CERTIFIED) {
				return new Seat(id, agent.skillGroup(), presence, load, chat.capOf(id), true, null, agent.certifiedOn(),
						day.buyers(), day.lastAssignedAt());
			}
			Apprenticeship apprenticeship = supervised.get(agent.id());
			return (apprenticeship == null)
					? new Seat(id, agent.skillGroup(), presence, load, chat.capOf(id), false, null, null, day.buyers(),
							day.lastAssignedAt())
					: new Seat(id, agent.skillGroup(), presence, load, Math.min(chat.capOf(id), apprenticeship.cap()),
							true, apprenticeship.mentor().value(), apprenticeship.since(), day.buyers(),
							day.lastAssignedAt());
		}).toList();
		return new Chart(shop, today, now, agents, seats, presences, chat);
	}

	/** One reading of the desk. */
	record Chart(Shop shop, LocalDate today, Instant now, List<Agent> agents, List<Seat> seats,
			Map<Long, Floor.Stance> presences, ChatSettings settings) {

		Router router() {
			return new Router(today, now);
		}

		Map<Long, String> names() {
			return SeatChart.names(agents);
		}

		Optional<Agent> agent(long agentId) {
			return agents.stream().filter(agent -> agent.id().value() == agentId).findFirst();
		}

		/** The seats as the API shows them. */
		List<AgentSeat> views() {
			return seats.stream().map(this::view).toList();
		}

		Optional<AgentSeat> view(long agentId) {
			return seats.stream().filter(seat -> seat.agentId() == agentId).findFirst().map(this::view);
		}

		private AgentSeat view(Seat seat) {
			Agent agent = agent(seat.agentId()).orElseThrow();
			Floor.Stance stance = presences.getOrDefault(seat.agentId(), Floor.Stance.OFFLINE);
			return new AgentSeat(seat.agentId(), shop.id().value(), agent.displayName(), seat.group(),
					stance.presence(), stance.since(), seat.load(), seat.cap(), seat.buyersToday().size(),
					seat.dailyLimit(today), seat.receives(), seat.mentorId());
		}

	}

	static Map<Long, String> names(List<Agent> agents) {
		return agents.stream()
			.collect(java.util.stream.Collectors.toMap(agent -> agent.id().value(), Agent::displayName));
	}

}
