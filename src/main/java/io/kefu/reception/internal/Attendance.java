package io.kefu.reception.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Who this node has seen at the desk: the accounts with a live STOMP connection here (the
 * workbench, or a script), by session id, and the accounts that called the API since the
 * last look. Kept in memory per node; {@link AbsenceWatch} writes it to the database
 * every few seconds, so that every node judges presence by what all of them saw.
 */
@Component
public class Attendance {

	/** The account of each live STOMP session of an account on this node. */
	private final Map<String, Long> connections = new ConcurrentHashMap<>();

	/** Accounts that called the API since {@link #present()} was last asked. */
	private final Set<Long> calls = ConcurrentHashMap.newKeySet();

	/** Released on every connection: someone Kefu set away may be back. */
	private final Semaphore arrivals = new Semaphore(0);

	/** The account's STOMP session is connected. */
	public void connected(long agentId, String sessionId) {
		connections.put(sessionId, agentId);
		arrivals.release();
	}

	/** A STOMP session closed, with or without DISCONNECT; unknown ones are ignored. */
	public void disconnected(String sessionId) {
		connections.remove(sessionId);
	}

	/** The account called the API. */
	public void called(long agentId) {
		calls.add(agentId);
	}

	/**
	 * Waits until an account connects or {@code timeout} passes.
	 * @throws InterruptedException when the node stops
	 */
	void awaitArrival(Duration timeout) throws InterruptedException {
		arrivals.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		arrivals.drainPermits();
	}

	/**
	 * The accounts seen since the last time this was asked: connected now, or called
	 * meanwhile. The calls are forgotten once told.
	 */
	Set<Long> present() {
		Set<Long> present = new HashSet<>(connections.values());
		for (Long agentId : Set.copyOf(calls)) {
			calls.remove(agentId);
			present.add(agentId);
		}
		return present;
	}

}
