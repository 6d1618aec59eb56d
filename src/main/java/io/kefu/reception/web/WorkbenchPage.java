package io.kefu.reception.web;

import java.util.List;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderStatus;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.reception.Apprentices;
import io.kefu.reception.ConversationStatus;
import io.kefu.reception.Presence;
import io.kefu.reception.ReceptionStep;
import io.kefu.reception.VisitorChat;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agent workbench (接待工作台): a shell that {@code static/js/workbench.js} fills from the
 * live chat, script and order APIs and keeps live over STOMP. The page carries the words
 * and choices the script needs (steps, flags, presences), so that every text comes from
 * the message files. {@code ?conversation=ID} opens one conversation, e.g. from the
 * supervisor's live view; a supervisor reads someone else's conversation until they take
 * it over. A mentor (带教) has a tab of their trainees' open conversations and takes them
 * over the same way.
 */
@Controller
class WorkbenchPage {

	private final Apprentices apprentices;

	WorkbenchPage(Apprentices apprentices) {
		this.apprentices = apprentices;
	}

	/**
	 * When a waiting buyer's timer turns red until the shop's figure settings say
	 * otherwise: DOMAIN.md's default slow threshold, the point at which Qianniu warns.
	 */
	static final int SLOW_WAIT_SECONDS = 100;

	/** The presences an agent chooses on the workbench; offline is signing out. */
	static final List<Presence> PRESENCES = List.of(Presence.ONLINE, Presence.BUSY, Presence.AWAY);

	@GetMapping("/shops/{shopId}/workbench")
	String page(@PathVariable long shopId, @RequestParam(name = "conversation", required = false) @Nullable Long open,
			Caller caller, Model model) {
		requireDesk(caller, shopId);
		model.addAttribute("presences", PRESENCES);
		model.addAttribute("allPresences", Presence.values());
		model.addAttribute("steps", ReceptionStep.values());
		model.addAttribute("flags", Flag.values());
		model.addAttribute("kinds", RemarkKind.values());
		model.addAttribute("requestStatuses", RemarkTask.Status.values());
		model.addAttribute("voidabilities", Order.Voidability.values());
		model.addAttribute("skillGroups", SkillGroup.values());
		model.addAttribute("orderStatuses", OrderStatus.values());
		model.addAttribute("conversationStatuses", ConversationStatus.values());
		model.addAttribute("maxLength", VisitorChat.MAX_MESSAGE_LENGTH);
		model.addAttribute("slowSeconds", SLOW_WAIT_SECONDS);
		model.addAttribute("openConversation", open);
		model.addAttribute("mentees",
				apprentices.menteesOf(AgentId.of(caller.agentId()))
					.stream()
					.map(agent -> Long.toString(agent.value()))
					.collect(Collectors.joining(",")));
		return "reception/workbench";
	}

	/**
	 * Pre-sales and after-sales agents and supervisors of the shop work here; trainers
	 * and order clerks have their own pages.
	 * @throws AccessDeniedException for anyone else
	 */
	static void requireDesk(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!atDesk(caller)) {
			throw new AccessDeniedException("Only the agents and supervisors of shop " + shopId + " use the workbench");
		}
	}

	static boolean atDesk(Caller caller) {
		return caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES) || caller.supervises();
	}

}
