package io.kefu.reception.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Presence follows the connection. Every {@code kefu.chat.presence.check-every} this node
 * writes whom it saw ({@link Attendance}), sets away every agent online or busy whom no
 * node has seen for {@code away-after} (their buyers go back to the queue), and gives the
 * agents it set away who have been seen again the presence they had chosen. Every node
 * runs one; they agree through the database, and each change is made under the shop's
 * routing lock and only if it still holds then, so two nodes never do it twice.
 */
@Component
@ConditionalOnWebApplication
class AbsenceWatch {

	private static final Logger log = LoggerFactory.getLogger(AbsenceWatch.class);

	private final Attendance attendance;

	private final Floor floor;

	private final PresenceDesk presence;

	private final TransactionOperations transactions;

	private final ChatProperties.PresenceWatch settings;

	private final Clock clock;

	private volatile boolean running = true;

	private Thread thread;

	AbsenceWatch(Attendance attendance, Floor floor, PresenceDesk presence, TransactionOperations transactions,
			ChatProperties properties, Clock clock) {
		this.attendance = attendance;
		this.floor = floor;
		this.presence = presence;
		this.transactions = transactions;
		this.settings = properties.presence();
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		thread = new Thread(this::work, "kefu-presence");
		thread.setDaemon(true);
		thread.start();
	}

	private void work() {
		while (running) {
			try {
				look(clock.instant());
			}
			catch (RuntimeException ex) {
				// the database may be away for a moment; the next look catches up
				log.warn("Could not bring presence up to date; trying again shortly", ex);
			}
			try {
				// an agent Kefu set away who connects again is given back their presence
				// at once, not at the next look
				attendance.awaitArrival(settings.checkEvery());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	void look(Instant now) {
		Set<Long> seen = attendance.present();
		if (!seen.isEmpty()) {
			floor.seen(seen, now);
		}
		Instant cutoff = now.minus(settings.awayAfter());
		for (long agentId : floor.unseenSince(cutoff)) {
			change(agentId, () -> presence.stepAwayIfUnseen(agentId, cutoff));
		}
		for (long agentId : floor.seenAgain()) {
			change(agentId, () -> presence.comeBackIfSeen(agentId));
		}
	}

	/** One agent's change in a transaction of its own: one failing stops no other. */
	private void change(long agentId, Runnable change) {
		try {
			transactions.executeWithoutResult(status -> change.run());
		}
		catch (RuntimeException ex) {
			log.warn("Could not change the presence of agent {}", agentId, ex);
		}
	}

	@PreDestroy
	void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
		}
	}

}
