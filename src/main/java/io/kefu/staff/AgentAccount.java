package io.kefu.staff;

import java.util.Optional;

/**
 * A marketplace sub-account, written {@code 店铺名:昵称}. Chat records write the colon half-
 * or full-width and Wangwang ids carry a {@code cntaobao} prefix; all of these name the
 * same account.
 */
public record AgentAccount(String shopName, String nickname) {

	private static final String WANGWANG_PREFIX = "cntaobao";

	public AgentAccount {
		if (shopName.isBlank() || nickname.isBlank()) {
			throw new IllegalArgumentException("A sub-account has a shop name and a nickname");
		}
	}

	/** The sub-account a sender name denotes, or empty for a bare buyer nick. */
	public static Optional<AgentAccount> parse(String sender) {
		String name = sender.strip();
		if (name.startsWith(WANGWANG_PREFIX)) {
			name = name.substring(WANGWANG_PREFIX.length());
		}
		int colon = firstColon(name);
		if (colon <= 0 || colon == name.length() - 1) {
			return Optional.empty();
		}
		String shop = name.substring(0, colon).strip();
		String nickname = name.substring(colon + 1).strip();
		return shop.isEmpty() || nickname.isEmpty() ? Optional.empty() : Optional.of(new AgentAccount(shop, nickname));
	}

	private static int firstColon(String name) {
		int half = name.indexOf(':');
		int full = name.indexOf('：');
		return half < 0 ? full : full < 0 ? half : Math.min(half, full);
	}

	@Override
	public String toString() {
		return shopName + ":" + nickname;
	}
}
