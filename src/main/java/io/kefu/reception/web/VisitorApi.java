package io.kefu.reception.web;

import jakarta.servlet.http.HttpServletRequest;

import io.kefu.reception.ChatMessage;
import io.kefu.reception.ClientAddress;
import io.kefu.reception.OfflineMessage;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;
import io.kefu.reception.VisitorSession;
import io.kefu.reception.VisitorTranscript;
import io.kefu.shop.ShopId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer's HTTP API, the fallback of STOMP: a session, sending, and reading what was
 * missed. Every call but the first carries the visitor token as a Bearer.
 */
@RestController
class VisitorApi {

	private final VisitorChat chat;

	VisitorApi(VisitorChat chat) {
		this.chat = chat;
	}

	/**
	 * A new visitor of the shop; the nickname is optional. Counted against the limit of
	 * the request's remote address: behind a reverse proxy, that is the proxy's unless
	 * {@code server.forward-headers-strategy=native} trusts its {@code X-Forwarded-For}.
	 */
	@PostMapping("/api/v1/shops/{shopId}/visitor-sessions")
	@ResponseStatus(HttpStatus.CREATED)
	VisitorSession start(@PathVariable long shopId, @RequestBody(required = false) @Nullable SessionRequest request,
			HttpServletRequest http) {
		return chat.startSession(ShopId.of(shopId), request == null ? null : request.nickname(),
				ClientAddress.of(http.getRemoteAddr()));
	}

	/**
	 * Sends a message; sending again with the same {@code clientId} returns the stored
	 * message instead of storing a second one.
	 */
	@PostMapping("/api/v1/visitor/messages")
	ChatMessage send(@AuthenticationPrincipal Visitor visitor, @RequestBody MessageRequest request) {
		return chat.send(visitor, request.clientId(), request.content(), request.skillGroup());
	}

	/**
	 * The messages after {@code after} (default 0) of the visitor's current conversation,
	 * or of {@code conversationId}.
	 */
	@GetMapping("/api/v1/visitor/messages")
	VisitorTranscript messages(@AuthenticationPrincipal Visitor visitor, @RequestParam(defaultValue = "0") int after,
			@RequestParam(required = false) @Nullable Long conversationId) {
		return chat.transcript(visitor, conversationId == null ? null : PathIds.conversation(conversationId), after);
	}

	/** Leaves a message for the next agent on duty (留言). */
	@PostMapping("/api/v1/visitor/offline-messages")
	@ResponseStatus(HttpStatus.CREATED)
	OfflineMessage leave(@AuthenticationPrincipal Visitor visitor, @RequestBody OfflineRequest request) {
		return chat.leaveMessage(visitor, request.content(), request.contact());
	}

	record SessionRequest(@Nullable String nickname) {
	}

	record MessageRequest(@Nullable String clientId, @Nullable String content, @Nullable SkillGroup skillGroup) {
	}

	record OfflineRequest(@Nullable String content, @Nullable String contact) {
	}

}
