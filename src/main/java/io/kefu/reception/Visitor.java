package io.kefu.reception;

import java.security.Principal;
import java.time.Instant;

/**
 * A buyer on the chat page, as their signed token names them: the shop, the buyer row
 * behind them and the browser's visitor id. The principal of their HTTP requests and
 * their STOMP session.
 */
public record Visitor(long shopId, long buyerId, String visitorId, Instant expiresAt) implements Principal {

	@Override
	public String getName() {
		return "visitor-" + buyerId + "-" + visitorId;
	}

}
