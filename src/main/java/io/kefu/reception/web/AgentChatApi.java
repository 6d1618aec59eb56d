package io.kefu.reception.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.ConversationProducts;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.LiveChat.ConversationView;
import io.kefu.reception.LiveChat;
import io.kefu.reception.MentionedProduct;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live chat for agents, integrations and tests: the caller's conversations, their
 * messages, replies, transfers with a handover note, closing, taking buyers from the
 * queue and supervisors' take-over.
 */
@RestController
class AgentChatApi {

	private final LiveChat chat;

	private final ConversationProducts products;

	AgentChatApi(LiveChat chat, ConversationProducts products) {
		this.chat = chat;
		this.products = products;
	}

	/**
	 * {@code view=MINE} (default): open and assigned to the caller; {@code WAITING}: the
	 * queue of the caller's shops; {@code CLOSED_TODAY}: closed this business day.
	 */
	@GetMapping("/api/v1/agent/conversations")
	List<ConversationSummary> conversations(@RequestParam(defaultValue = "MINE") ConversationView view, Caller caller) {
		return chat.conversations(caller, view);
	}

	@GetMapping("/api/v1/agent/conversations/{id}")
	ConversationSummary conversation(@PathVariable long id, Caller caller) {
		return chat.conversation(caller, PathIds.conversation(id));
	}

	/**
	 * The shop's products the buyer showed or named in the conversation (product and
	 * order cards, links, ids, titles), the latest first: the workbench's product card.
	 */
	@GetMapping("/api/v1/agent/conversations/{id}/products")
	List<MentionedProduct> products(@PathVariable long id, Caller caller) {
		return products.of(caller, PathIds.conversation(id));
	}

	/**
	 * The buyer's conversations in the shop, newest first (at most 20), for the history
	 * beside a chat; each opens with {@code /api/v1/agent/conversations/{id}/messages}.
	 */
	@GetMapping("/api/v1/shops/{shopId}/buyers/{buyerId}/conversations")
	List<ConversationSummary> buyerConversations(@PathVariable long shopId, @PathVariable long buyerId, Caller caller) {
		if (buyerId <= 0) {
			// no buyer has such a number: none of the shop's
			caller.requireShop(shopId);
			return List.of();
		}
		return chat.buyerConversations(caller, PathIds.shopOfCaller(shopId), BuyerId.of(buyerId));
	}

	/**
	 * Messages after {@code after} (default 0), at most 500; ask again after the last.
	 */
	@GetMapping("/api/v1/agent/conversations/{id}/messages")
	List<ChatMessage> messages(@PathVariable long id, @RequestParam(defaultValue = "0") int after, Caller caller) {
		return chat.messages(caller, PathIds.conversation(id), after);
	}

	@PostMapping("/api/v1/agent/conversations/{id}/messages")
	ChatMessage reply(@PathVariable long id, @RequestBody ReplyRequest request, Caller caller) {
		return chat.reply(caller, PathIds.conversation(id), request.clientId(), request.content());
	}

	@PostMapping("/api/v1/agent/conversations/{id}/transfer")
	ConversationSummary transfer(@PathVariable long id, @RequestBody TransferRequest request, Caller caller) {
		return chat.transfer(caller, PathIds.conversation(id), agent(request.toAgentId()), request.toSkillGroup(),
				request.note());
	}

	@PostMapping("/api/v1/agent/conversations/{id}/close")
	ConversationSummary close(@PathVariable long id, Caller caller) {
		return chat.close(caller, PathIds.conversation(id));
	}

	@PostMapping("/api/v1/agent/conversations/{id}/accept")
	ConversationSummary accept(@PathVariable long id, Caller caller) {
		return chat.accept(caller, PathIds.conversation(id));
	}

	@PostMapping("/api/v1/agent/conversations/{id}/take-over")
	ConversationSummary takeOver(@PathVariable long id,
			@RequestBody(required = false) @Nullable TakeOverRequest request, Caller caller) {
		return chat.takeOver(caller, PathIds.conversation(id), request == null ? null : request.note());
	}

	record ReplyRequest(@Nullable String clientId, @Nullable String content) {
	}

	record TransferRequest(@Nullable Long toAgentId, @Nullable SkillGroup toSkillGroup, @Nullable String note) {
	}

	record TakeOverRequest(@Nullable String note) {
	}

	/** No agent has a number below 1: the same refusal as an agent of another shop. */
	private static @Nullable AgentId agent(@Nullable Long toAgentId) {
		if (toAgentId != null && toAgentId <= 0) {
			throw new InvalidChatInputException("toAgentId",
					"names no agent of the shop with a skill group: " + toAgentId);
		}
		return toAgentId == null ? null : AgentId.of(toAgentId);
	}

}
