package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.reception.Apprentices;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationId;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.LiveChat;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agents' side of live chat. */
@Service
@Transactional(readOnly = true)
class AgentDesk implements LiveChat {

	private final Conversations conversations;

	private final LiveMessages messages;

	private final Replies replies;

	private final Summaries summaries;

	private final Handoffs handoffs;

	private final Apprentices apprentices;

	private final Clock clock;

	AgentDesk(Conversations conversations, LiveMessages messages, Replies replies, Summaries summaries,
			Handoffs handoffs, Apprentices apprentices, Clock clock) {
		this.apprentices = apprentices;
		this.conversations = conversations;
		this.messages = messages;
		this.replies = replies;
		this.summaries = summaries;
		this.handoffs = handoffs;
		this.clock = clock;
	}

	@Override
	public List<ConversationSummary> conversations(Caller caller, ConversationView view) {
		List<ConversationSummary> found = new ArrayList<>();
		if (view == ConversationView.MINE) {
			return openOf(List.of(caller.agentId()));
		}
		if (view == ConversationView.MENTEES) {
			return openOf(apprentices.menteesOf(AgentId.of(caller.agentId())).stream().map(AgentId::value).toList());
		}
		if (view == ConversationView.OPEN) {
			if (caller.supervises()) {
				caller.shopIds().forEach(shop -> found.addAll(summaries.of(shop, conversations.openInShop(shop))));
			}
			return found;
		}
		if (!ChatAccess.atDesk(caller)) {
			return List.of();
		}
		Instant now = clock.instant();
		for (long shop : caller.shopIds()) {
			List<Conversation> listed = view == ConversationView.WAITING ? conversations.queue(shop) : conversations
				.closedSince(shop, summaries.startOfToday(shop, now), caller.supervises() ? null : caller.agentId());
			List<ConversationSummary> shown = summaries.of(shop, listed);
			found
				.addAll(view == ConversationView.WAITING ? shown.stream().sorted(ServiceOrder.LISTED).toList() : shown);
		}
		return found;
	}

	/** The agents' open conversations, oldest first. */
	private List<ConversationSummary> openOf(List<Long> agentIds) {
		List<ConversationSummary> found = new ArrayList<>();
		Map<Long, List<Conversation>> byShop = agentIds.stream()
			.flatMap(agent -> conversations.openOf(agent).stream())
			.collect(Collectors.groupingBy(Conversation::shopId));
		byShop.forEach((shop, open) -> found.addAll(summaries.of(shop, open)));
		found.sort(Comparator.comparing(ConversationSummary::openedAt));
		return found;
	}

	@Override
	public ConversationSummary conversation(Caller caller, ConversationId id) {
		long conversationId = id.value();
		Conversation conversation = find(conversationId);
		ChatAccess.requireReader(caller, conversation);
		return summaries.of(conversation);
	}

	@Override
	public List<ConversationSummary> buyerConversations(Caller caller, ShopId shop, BuyerId buyer) {
		long buyerId = buyer.value();
		long shopId = shop.value();
		ChatAccess.requireReaderOf(caller, shopId);
		return summaries.of(shopId, conversations.ofBuyer(shopId, buyerId, BUYER_HISTORY));
	}

	@Override
	public List<ChatMessage> messages(Caller caller, ConversationId id, int afterSeq) {
		long conversationId = id.value();
		Conversation conversation = find(conversationId);
		ChatAccess.requireReader(caller, conversation);
		Map<Long, String> names = summaries.agentNames(conversation.shopId());
		return messages.after(conversationId, Math.max(0, afterSeq), names);
	}

	@Override
	@Transactional
	public ChatMessage reply(Caller caller, ConversationId id, @Nullable String clientId, @Nullable String content) {
		long conversationId = id.value();
		return replies.reply(caller, conversationId, clientId, content);
	}

	@Override
	@Transactional
	public ConversationSummary transfer(Caller caller, ConversationId id, @Nullable AgentId toAgent,
			@Nullable SkillGroup toSkillGroup, @Nullable String note) {
		Long toAgentId = toAgent == null ? null : toAgent.value();
		long conversationId = id.value();
		return summaries.of(handoffs.transfer(caller, conversationId, toAgentId, toSkillGroup, note));
	}

	@Override
	@Transactional
	public ConversationSummary close(Caller caller, ConversationId id) {
		long conversationId = id.value();
		return summaries.of(handoffs.close(caller, conversationId));
	}

	@Override
	@Transactional
	public ConversationSummary accept(Caller caller, ConversationId id) {
		long conversationId = id.value();
		return summaries.of(handoffs.accept(caller, conversationId));
	}

	@Override
	@Transactional
	public ConversationSummary takeOver(Caller caller, ConversationId id, @Nullable String note) {
		long conversationId = id.value();
		return summaries.of(handoffs.takeOver(caller, conversationId, note));
	}

	private Conversation find(long conversationId) {
		return conversations.find(conversationId).orElseThrow(() -> new ConversationNotFoundException(conversationId));
	}

}
