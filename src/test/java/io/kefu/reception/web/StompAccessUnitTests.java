package io.kefu.reception.web;

import java.time.Instant;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.access.KefuUser;
import io.kefu.access.Role;
import io.kefu.reception.Visitor;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class StompAccessUnitTests {

	static final Visitor BUYER_44 = new Visitor(1, 44, "abc", Instant.parse("2026-12-20T00:00:00Z"));

	static final UsernamePasswordAuthenticationToken MEI = UsernamePasswordAuthenticationToken.authenticated(
			new KefuUser(new Caller(7, "mei", "小美", Set.of(1L), Set.of(Role.PRE_SALES)), "hash", true), null, Set.of());

	/** Buyer rules need neither the conversations nor the staff. */
	final StompAccess access = new StompAccess(null, null, null, null, null);

	@Test
	void aBuyerListensOnlyToTheirOwnTopicAndTheirErrors() {
		assertThat(access.allowedToSubscribe(BUYER_44, "/topic/visitor.44")).isTrue();
		assertThat(access.allowedToSubscribe(BUYER_44, "/user/queue/errors")).isTrue();
		assertThat(access.allowedToSubscribe(BUYER_44, "/topic/visitor.45")).isFalse();
		assertThat(access.allowedToSubscribe(BUYER_44, "/topic/visitor.44.x")).isFalse();
		assertThat(access.allowedToSubscribe(BUYER_44, "/topic/conversation.12")).isFalse();
		assertThat(access.allowedToSubscribe(BUYER_44, "/topic/shop.1.queue")).isFalse();
		assertThat(access.allowedToSubscribe(BUYER_44, "/topic/agent.7")).isFalse();
	}

	@Test
	void nobodyUnknownListensAtAll() {
		assertThat(access.allowedToSubscribe(null, "/user/queue/errors")).isFalse();
		assertThat(access.allowedToSubscribe(null, "/topic/visitor.44")).isFalse();
	}

	@Test
	void anAgentListensToTheirOwnTopicAndTheirShopsQueueAndPresence() {
		assertThat(access.allowedToSubscribe(MEI, "/topic/agent.7")).isTrue();
		assertThat(access.allowedToSubscribe(MEI, "/topic/shop.1.queue")).isTrue();
		assertThat(access.allowedToSubscribe(MEI, "/topic/shop.1.presence")).isTrue();
		assertThat(access.allowedToSubscribe(MEI, "/topic/shop.2.queue")).isFalse();
		assertThat(access.allowedToSubscribe(MEI, "/topic/visitor.44")).isFalse();
		assertThat(access.allowedToSubscribe(MEI, "/topic/anything")).isFalse();
	}

	@Test
	void eachSideSendsOnlyToItsOwnApplicationDestination() {
		assertThat(StompAccess.allowedToSend(BUYER_44, "/app/visitor.send")).isTrue();
		assertThat(StompAccess.allowedToSend(BUYER_44, "/app/agent.send")).isFalse();
		assertThat(StompAccess.allowedToSend(BUYER_44, "/topic/visitor.44")).isFalse();
		assertThat(StompAccess.allowedToSend(MEI, "/app/agent.send")).isTrue();
		assertThat(StompAccess.allowedToSend(MEI, "/app/visitor.send")).isFalse();
		assertThat(StompAccess.allowedToSend(MEI, "/topic/conversation.12")).isFalse();
		assertThat(StompAccess.allowedToSend(null, "/app/visitor.send")).isFalse();
	}

}
