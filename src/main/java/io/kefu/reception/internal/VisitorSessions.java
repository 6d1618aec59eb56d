package io.kefu.reception.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import io.kefu.customer.Buyer;
import io.kefu.customer.Buyers;
import io.kefu.reception.ClientAddress;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorSession;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opens visitor sessions. Every visitor becomes a new buyer whose nick carries a random
 * suffix: a nickname is what the buyer likes to be called, not an identity, so typing
 * someone else's nickname never opens their conversations.
 */
@Component
class VisitorSessions {

	static final int MAX_NICKNAME = 20;

	private static final String SUFFIX_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

	private final Buyers buyers;

	private final Shops shops;

	private final VisitorTokens tokens;

	private final AddressLimits limits;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	VisitorSessions(Buyers buyers, Shops shops, VisitorTokens tokens, AddressLimits limits, Clock clock) {
		this.buyers = buyers;
		this.shops = shops;
		this.tokens = tokens;
		this.limits = limits;
		this.clock = clock;
	}

	/** Must run in a transaction: the address's count holds until it ends. */
	VisitorSession start(long shopId, @Nullable String nickname, ClientAddress address) {
		shops.get(ShopId.of(shopId));
		String base = base(nickname);
		limits.admitSession(address);
		Instant now = clock.instant();
		Buyer buyer = newBuyer(shopId, base, now);
		limits.recordSession(buyer.id().value(), address);
		VisitorTokens.Issued issued = tokens.issue(shopId, buyer.id().value());
		return new VisitorSession(issued.token(), shopId, buyer.id().value(), buyer.nick(),
				issued.visitor().expiresAt());
	}

	/** A new buyer of the shop named after the base with a suffix no buyer has yet. */
	Buyer newBuyer(long shopId, String base, Instant now) {
		String nick = base + suffix();
		while (buyers.findByNick(ShopId.of(shopId), nick).isPresent()) {
			nick = base + suffix();
		}
		return buyers.recognise(ShopId.of(shopId), nick, now);
	}

	Visitor verify(String token) {
		return tokens.verify(token);
	}

	/**
	 * The nickname without the sub-account colon, or 访客; a name is one line, so no
	 * control character is accepted in it (not even a tab or a line break).
	 */
	static String base(@Nullable String nickname) {
		if (nickname == null || nickname.isBlank()) {
			return "访客";
		}
		if (nickname.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
			throw new InvalidChatInputException("nickname", "must not contain control characters");
		}
		String cleaned = nickname.strip().replace(':', '·').replace('：', '·');
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_NICKNAME) {
			throw new InvalidChatInputException("nickname", "is at most " + MAX_NICKNAME + " characters");
		}
		return cleaned.isEmpty() ? "访客" : cleaned + "·";
	}

	private String suffix() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			suffix.append(SUFFIX_LETTERS.charAt(random.nextInt(SUFFIX_LETTERS.length())));
		}
		return suffix.toString();
	}

}
