package io.kefu.customer;

import java.time.Instant;
import java.util.Optional;

/** The buyers of every shop. */
public interface Buyers {

	Optional<Buyer> find(BuyerId id);

	Optional<Buyer> findByNick(long shopId, String nick);

	/** The buyer of that nick in the shop, created on first sight. */
	Buyer recognise(long shopId, String nick, Instant seenAt);

	/** Stores a known buyer's phone and region (from an order's receiver, or typed by an agent). */
	void recordContact(BuyerId id, String phone, String region);

	long countInShop(long shopId);
}
