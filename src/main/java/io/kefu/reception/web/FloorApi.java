package io.kefu.reception.web;

import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.reception.AgentSeat;
import io.kefu.reception.ChatSettings;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.LiveFloor;
import io.kefu.reception.OfflineMessage;
import io.kefu.reception.Presence;
import io.kefu.reception.ReceptionFloor;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Presence, offline messages, the supervisor's live view and the chat settings. */
@RestController
class FloorApi {

	private final ReceptionFloor floor;

	FloorApi(ReceptionFloor floor) {
		this.floor = floor;
	}

	@GetMapping("/api/v1/agent/presence")
	AgentSeat presence(Caller caller) {
		return floor.seat(caller);
	}

	/** ONLINE, BUSY, AWAY or OFFLINE. */
	@PutMapping("/api/v1/agent/presence")
	AgentSeat changePresence(@RequestBody PresenceRequest request, Caller caller) {
		if (request.presence() == null) {
			throw new InvalidChatInputException("presence", "is ONLINE, BUSY, AWAY or OFFLINE");
		}
		return floor.changePresence(caller, request.presence());
	}

	/** Offline messages (留言) of the caller's shops not yet handled, oldest first. */
	@GetMapping("/api/v1/agent/offline-messages")
	List<OfflineMessage> offlineMessages(Caller caller) {
		return floor.offlineMessages(caller);
	}

	@PostMapping("/api/v1/agent/offline-messages/{id}/handled")
	OfflineMessage handled(@PathVariable long id, Caller caller) {
		return floor.markHandled(caller, id);
	}

	/**
	 * Agents and supervisors: the shop's agents at the desk, e.g. to choose whom to
	 * transfer to.
	 */
	@GetMapping("/api/v1/shops/{shopId}/seats")
	List<AgentSeat> seats(@PathVariable long shopId, Caller caller) {
		return floor.seats(caller, PathIds.shopOfCaller(shopId));
	}

	/** Supervisors: who is online, their load, the queue and the longest wait. */
	@GetMapping("/api/v1/shops/{shopId}/live")
	LiveFloor live(@PathVariable long shopId, Caller caller) {
		return floor.live(caller, PathIds.shopOfCaller(shopId));
	}

	@GetMapping("/api/v1/shops/{shopId}/settings/chat")
	SettingsView settings(@PathVariable long shopId, Caller caller) {
		return SettingsView.of(floor.settings(caller, PathIds.shopOfCaller(shopId)));
	}

	@PutMapping("/api/v1/shops/{shopId}/settings/chat")
	SettingsView changeSettings(@PathVariable long shopId, @RequestBody SettingsView settings, Caller caller) {
		return SettingsView.of(floor.changeSettings(caller, PathIds.shopOfCaller(shopId), settings.toSettings()));
	}

	record PresenceRequest(@Nullable Presence presence) {
	}

	/**
	 * The settings as the API reads and writes them; a missing field is a 400 naming it.
	 */
	record SettingsView(@Nullable String welcomeText, @Nullable String awayText, @Nullable String busyText,
			@Nullable Integer concurrencyCap, @Nullable Integer afterSalesWindowDays,
			@Nullable Map<Long, Integer> agentCaps) {

		static SettingsView of(ChatSettings s) {
			return new SettingsView(s.welcomeText(), s.awayText(), s.busyText(), s.concurrencyCap(),
					s.afterSalesWindowDays(), s.agentCaps());
		}

		ChatSettings toSettings() {
			return new ChatSettings(welcomeText, awayText, busyText, required("concurrencyCap", concurrencyCap),
					required("afterSalesWindowDays", afterSalesWindowDays), agentCaps == null ? Map.of() : agentCaps);
		}

		private static int required(String field, @Nullable Integer value) {
			if (value == null) {
				throw new InvalidChatInputException(field, "is required");
			}
			return value;
		}

	}

}
