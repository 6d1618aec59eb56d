package io.kefu.reception.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.broker.AbstractSubscriptionRegistry;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The simple broker's subscriptions, found by destination in one look-up. Spring's own
 * registry allows patterns and so, for a destination it has not cached, scans every
 * subscription of every session; every new conversation brings two such destinations (the
 * buyer's and the conversation's), so with 5,000 buyers connected that scanning was a
 * quarter of the server's time. Kefu's destinations are exact names ({@link StompAccess}
 * refuses any other subscription), so a map from destination to subscribers is enough.
 */
class DirectSubscriptions extends AbstractSubscriptionRegistry {

	/** destination → session → its subscription ids there. */
	private final Map<String, Map<String, Set<String>>> byDestination = new ConcurrentHashMap<>();

	/** session → subscription id → destination. */
	private final Map<String, Map<String, String>> bySession = new ConcurrentHashMap<>();

	@Override
	protected void addSubscriptionInternal(String sessionId, String subscriptionId, String destination,
			Message<?> message) {
		bySession.computeIfAbsent(sessionId, session -> new ConcurrentHashMap<>()).put(subscriptionId, destination);
		byDestination.compute(destination, (name, sessions) -> {
			Map<String, Set<String>> subscribed = sessions == null ? new ConcurrentHashMap<>() : sessions;
			subscribed.computeIfAbsent(sessionId, session -> ConcurrentHashMap.newKeySet()).add(subscriptionId);
			return subscribed;
		});
	}

	@Override
	protected void removeSubscriptionInternal(String sessionId, String subscriptionId, Message<?> message) {
		Map<String, String> subscriptions = bySession.get(sessionId);
		String destination = subscriptions == null ? null : subscriptions.remove(subscriptionId);
		if (destination != null) {
			forget(destination, sessionId, subscriptionId);
		}
	}

	@Override
	public void unregisterAllSubscriptions(String sessionId) {
		Map<String, String> subscriptions = bySession.remove(sessionId);
		if (subscriptions != null) {
			subscriptions.forEach((subscriptionId, destination) -> forget(destination, sessionId, subscriptionId));
		}
	}

	@Override
	protected MultiValueMap<String, String> findSubscriptionsInternal(String destination, Message<?> message) {
		Map<String, Set<String>> sessions = byDestination.get(destination);
		LinkedMultiValueMap<String, String> found = new LinkedMultiValueMap<>(sessions == null ? 0 : sessions.size());
		if (sessions != null) {
			sessions.forEach((sessionId, ids) -> found.put(sessionId, new ArrayList<>(ids)));
		}
		return found;
	}

	private void forget(String destination, String sessionId, String subscriptionId) {
		byDestination.computeIfPresent(destination, (name, sessions) -> {
			sessions.computeIfPresent(sessionId, (session, ids) -> {
				ids.remove(subscriptionId);
				return ids.isEmpty() ? null : ids;
			});
			return sessions.isEmpty() ? null : sessions;
		});
	}

}
