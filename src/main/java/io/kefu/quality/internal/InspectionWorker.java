package io.kefu.quality.internal;

import java.time.Duration;

import io.kefu.background.Pace;
import io.kefu.background.PacedWorker;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one thread that inspects the queued days, in the web application only (a command,
 * such as the benchmark, inspects in its own thread). It looks every five seconds when
 * idle, and after a long inspection rests four times as long (at most 50 s): a busy live
 * chat has the figures store today's receptions again every few seconds, and a reception
 * is inspected within about a minute of the figures storing it.
 */
@Component
@ConditionalOnWebApplication
class InspectionWorker {

	static final Pace PACE = new Pace(Duration.ofSeconds(5), Duration.ofSeconds(50));

	private final PacedWorker worker;

	InspectionWorker(InspectionQueue queue) {
		this.worker = new PacedWorker("kefu-inspections", PACE, queue::drain);
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
