package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.reception.AgentSeat;
import io.kefu.reception.ChatSettings;
import io.kefu.reception.ConversationId;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.LiveFloor;
import io.kefu.reception.OfflineMessage;
import io.kefu.reception.OfflineMessageHandled;
import io.kefu.reception.Presence;
import io.kefu.reception.ReceptionFloor;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Presence, the live view, offline messages and chat settings. */
@Service
@Transactional(readOnly = true)
class FloorDesk implements ReceptionFloor {

	private final PresenceDesk presence;

	private final LiveView live;

	private final OfflineMessages offline;

	private final ChatSettingsStore settings;

	private final Staff staff;

	private final Buyers buyers;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FloorDesk(PresenceDesk presence, LiveView live, OfflineMessages offline, ChatSettingsStore settings, Staff staff,
			Buyers buyers, Clock clock, ApplicationEventPublisher events) {
		this.presence = presence;
		this.live = live;
		this.offline = offline;
		this.settings = settings;
		this.staff = staff;
		this.buyers = buyers;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public AgentSeat seat(Caller caller) {
		return presence.seat(caller);
	}

	@Override
	@Transactional
	public AgentSeat changePresence(Caller caller, Presence to) {
		return presence.change(caller, to);
	}

	@Override
	public List<AgentSeat> seats(Caller caller, ShopId shop) {
		long shopId = shop.value();
		caller.requireShop(shopId);
		requireDesk(caller);
		return live.seats(shopId);
	}

	@Override
	public LiveFloor live(Caller caller, ShopId shop) {
		long shopId = shop.value();
		caller.requireSupervisorOf(shopId);
		return live.of(shopId);
	}

	@Override
	public List<OfflineMessage> offlineMessages(Caller caller) {
		requireDesk(caller);
		return caller.shopIds()
			.stream()
			.sorted()
			.flatMap(shop -> offline.open(shop, buyers.nicks(ShopId.of(shop), offline.openBuyers(shop))).stream())
			.toList();
	}

	@Override
	@Transactional
	public OfflineMessage markHandled(Caller caller, long id) {
		requireDesk(caller);
		long shop = offline.shopOf(id)
			.filter(caller::worksIn)
			.orElseThrow(() -> new InvalidChatInputException("offlineMessageId", "names no offline message of yours"));
		Instant now = clock.instant();
		if (!offline.markHandled(id, caller.agentId(), now)) {
			throw new IllegalStateException("Offline message " + id + " was handled already");
		}
		events.publishEvent(new OfflineMessageHandled(ShopId.of(shop), id, AgentId.of(caller.agentId()), now));
		OfflineMessage handled = offline.find(id, java.util.Map.of()).orElseThrow();
		return offline.find(id, buyers.nicks(ShopId.of(shop), List.of(handled.buyerId()))).orElseThrow();
	}

	@Override
	public ChatSettings settings(Caller caller, ShopId shop) {
		long shopId = shop.value();
		caller.requireShop(shopId);
		return settings.of(shopId);
	}

	@Override
	@Transactional
	public ChatSettings changeSettings(Caller caller, ShopId shop, ChatSettings changed) {
		long shopId = shop.value();
		caller.requireSupervisorOf(shopId);
		Set<Long> agents = staff.inShop(ShopId.of(shopId))
			.stream()
			.map(agent -> agent.id().value())
			.collect(Collectors.toSet());
		changed.agentCaps().keySet().stream().filter(id -> !agents.contains(id)).findFirst().ifPresent(id -> {
			throw new InvalidChatInputException("agentCaps." + id, "names no agent of the shop");
		});
		settings.save(shopId, changed);
		return settings.of(shopId);
	}

	private static void requireDesk(Caller caller) {
		if (!ChatAccess.atDesk(caller)) {
			throw new AccessDeniedException("Only agents and supervisors read offline messages");
		}
	}

}
