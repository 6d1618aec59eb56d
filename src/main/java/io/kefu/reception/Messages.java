package io.kefu.reception;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;

/** Every message between the shops' buyers and agents. */
public interface Messages {

	/**
	 * Stores messages in the given order (which becomes their arrival order), creating
	 * threads as needed, in batches; messages whose external key is already stored are
	 * skipped.
	 * @return how many were stored
	 */
	int append(List<NewMessage> messages);

	/** A buyer's whole thread with the shop, in order. */
	List<Message> thread(ShopId shopId, BuyerId buyerId);

	long countBetween(ShopId shopId, Instant from, Instant to);

	/** When the shop's first message was sent, if it has any. */
	Optional<Instant> firstSentAt(ShopId shopId);

	/**
	 * Walks the threads with a message in the period, one thread at a time, giving each
	 * thread's messages sent in the period in order; only one thread is held in memory.
	 * @param buyerIds when not empty, only these buyers' threads
	 */
	void forEachThread(ShopId shopId, Instant from, Instant to, Collection<BuyerId> buyerIds,
			Consumer<List<MessageHeader>> thread);

	/**
	 * As {@link #forEachThread}, with each message whole: for readers of what was said
	 * (quality inspection).
	 */
	void forEachThreadWithText(ShopId shopId, Instant from, Instant to, Collection<BuyerId> buyerIds,
			Consumer<List<Message>> thread);

	/** Distinct buyers who wrote to the shop in the period. */
	long consultingBuyersBetween(ShopId shopId, Instant from, Instant to);

}
