package io.kefu.ingest.internal;

import java.util.Optional;
import java.util.Set;

/**
 * The words chat records use for a side instead of a name (FORMATS.md, layout C): a role
 * word is never a buyer's nick.
 */
final class ChatRoles {

	private static final Set<String> BUYER = Set.of("客户", "买家", "顾客");

	private static final Set<String> SHOP = Set.of("客服", "卖家", "商家");

	private ChatRoles() {
	}

	/** The side the word stands for, or empty when it is a name. */
	static Optional<ChatLine.Side> sideOf(String word) {
		String stripped = word.strip();
		if (BUYER.contains(stripped)) {
			return Optional.of(ChatLine.Side.BUYER);
		}
		return SHOP.contains(stripped) ? Optional.of(ChatLine.Side.SHOP) : Optional.empty();
	}

	static boolean isRoleWord(String word) {
		return sideOf(word).isPresent();
	}

}
