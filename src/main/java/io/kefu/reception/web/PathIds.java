package io.kefu.reception.web;

import io.kefu.reception.ConversationId;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.shop.ShopId;

import org.springframework.security.access.AccessDeniedException;

/**
 * Numbers from paths and parameters as typed ids. No conversation or shop has a number
 * below 1, so such a number is answered as before ids were typed: a conversation that is
 * not found, a shop the caller does not work in.
 */
final class PathIds {

	private PathIds() {
	}

	static ConversationId conversation(long id) {
		if (id <= 0) {
			throw new ConversationNotFoundException(id);
		}
		return ConversationId.of(id);
	}

	static ShopId shopOfCaller(long id) {
		if (id <= 0) {
			throw new AccessDeniedException("You do not work in shop " + id);
		}
		return ShopId.of(id);
	}

}
