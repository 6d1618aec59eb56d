package io.kefu.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.kefu.shop.ShopId;

/** The buyers of every shop. */
public interface Buyers {

	Optional<Buyer> find(BuyerId id);

	Optional<Buyer> findByNick(ShopId shopId, String nick);

	/** The nicks of these buyers of the shop, by id; unknown ids are left out. */
	Map<Long, String> nicks(ShopId shopId, Collection<Long> buyerIds);

	/** The buyer of that nick in the shop, created on first sight. */
	Buyer recognise(ShopId shopId, String nick, Instant seenAt);

	/**
	 * The buyers of these nicks in the shop, created on first sight, in one batch: for
	 * imports and generated histories with thousands of buyers a day.
	 * @param firstSeen when each nick was seen first in the batch
	 * @return the id of every nick
	 */
	Map<String, BuyerId> recogniseAll(ShopId shopId, Map<String, Instant> firstSeen);

	/**
	 * Stores a known buyer's phone and region (from an order's receiver, or typed by an
	 * agent).
	 */
	void recordContact(BuyerId id, String phone, String region);

	long countInShop(ShopId shopId);

}
