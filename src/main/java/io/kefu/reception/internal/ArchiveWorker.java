package io.kefu.reception.internal;

import java.time.Duration;

import io.kefu.background.Pace;
import io.kefu.background.PacedWorker;
import io.kefu.reception.MessagesStored;

import jakarta.annotation.PreDestroy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one thread that keeps the archive index current, in the web application only: woken
 * when messages are committed, and every two seconds besides (for what another process,
 * such as an import from the command line, stored). After a long catch-up it rests four
 * times as long, at most 20 s, so a busy live chat keeps most of the machine.
 */
@Component
@ConditionalOnWebApplication
class ArchiveWorker {

	static final Pace PACE = new Pace(Duration.ofSeconds(2), Duration.ofSeconds(20));

	private final PacedWorker worker;

	ArchiveWorker(ArchiveFeed feed) {
		this.worker = new PacedWorker("kefu-archive", PACE, feed::catchUp);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		worker.start();
	}

	/**
	 * Wakes the worker once the storing transaction commits; a plain listener, as a
	 * transactional one would leave an event publication row behind every live message.
	 */
	@EventListener
	void on(MessagesStored stored) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			worker.wake();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake();
			}
		});
	}

	@PreDestroy
	void stop() {
		worker.stop();
	}

}
