package io.kefu.reception.internal;

import java.time.Duration;

import io.kefu.background.Pace;
import io.kefu.background.PacedWorker;

import jakarta.annotation.PreDestroy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Applies the shops' retention once an hour, in the web application only. */
@Component
@ConditionalOnWebApplication
class RetentionWorker {

	static final Pace PACE = new Pace(Duration.ofHours(1), Duration.ofHours(1));

	private final PacedWorker worker;

	RetentionWorker(ChatRetention retention) {
		this.worker = new PacedWorker("kefu-retention", PACE, retention::sweep);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		worker.start();
	}

	@PreDestroy
	void stop() {
		worker.stop();
	}

}
