package io.kefu.reception;

import java.util.List;
import java.util.TreeMap;

/**
 * What a client keeps of one conversation under the reconnect contract (docs/chat.md):
 * each message once, in sequence order, however often it arrives (from the topic and
 * again from a fetch after reconnecting), and the sequence number to fetch after, which
 * is the last one received without a gap before it. The buyer's page does the same in
 * JavaScript; Java clients (tests, load commands) use this.
 */
public final class ReceivedMessages {

	private final long conversationId;

	private final TreeMap<Integer, ChatMessage> bySeq = new TreeMap<>();

	private int contiguous;

	private int duplicates;

	public ReceivedMessages(long conversationId) {
		this.conversationId = conversationId;
	}

	/**
	 * @return false when it was received before or belongs to another conversation
	 */
	public synchronized boolean add(ChatMessage message) {
		if (message.conversationId() != conversationId) {
			return false;
		}
		if (bySeq.putIfAbsent(message.seq(), message) != null) {
			duplicates++;
			return false;
		}
		while (bySeq.containsKey(contiguous + 1)) {
			contiguous++;
		}
		return true;
	}

	/** Fetch after this one: every message up to it has been received. */
	public synchronized int lastContiguousSeq() {
		return contiguous;
	}

	/**
	 * Something later than a missing message arrived: fetch after the last contiguous.
	 */
	public synchronized boolean hasGap() {
		return !bySeq.isEmpty() && bySeq.lastKey() > contiguous;
	}

	/** How many arrivals were left out as already received. */
	public synchronized int duplicates() {
		return duplicates;
	}

	public synchronized List<ChatMessage> inOrder() {
		return List.copyOf(bySeq.values());
	}

}
