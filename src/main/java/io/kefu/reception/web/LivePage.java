package io.kefu.reception.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.LiveChat.ConversationView;
import io.kefu.reception.LiveChat;
import io.kefu.reception.LiveFloor;
import io.kefu.reception.ReceptionFloor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The supervisor's live view (实时监控): who is at the desk and how many buyers each holds,
 * the queue and its longest wait, and the open conversations to look into. The board
 * refreshes itself every few seconds.
 */
@Controller
class LivePage {

	private final ReceptionFloor floor;

	private final LiveChat chat;

	LivePage(ReceptionFloor floor, LiveChat chat) {
		this.floor = floor;
		this.chat = chat;
	}

	@GetMapping("/shops/{shopId}/live")
	String page(@PathVariable long shopId, Caller caller, Model model) {
		board(shopId, caller, model);
		return "reception/live";
	}

	@GetMapping("/shops/{shopId}/live/board")
	String board(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		LiveFloor live = floor.live(caller, PathIds.shopOfCaller(shopId));
		List<ConversationSummary> open = chat.conversations(caller, ConversationView.OPEN)
			.stream()
			.filter(conversation -> conversation.shopId() == shopId)
			.toList();
		model.addAttribute("live", live);
		model.addAttribute("open", open);
		model.addAttribute("atDesk", live.agents().stream().filter(seat -> seat.presence().isAtDesk()).count());
		model.addAttribute("held", live.agents().stream().mapToInt(seat -> seat.load()).sum());
		return "reception/live :: board";
	}

}
