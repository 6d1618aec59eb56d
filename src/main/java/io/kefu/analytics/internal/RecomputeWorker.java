package io.kefu.analytics.internal;

import java.time.Duration;

import io.kefu.background.Pace;
import io.kefu.background.PacedWorker;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The running server's one thread that recomputes pending days: at start, then after
 * resting four times as long as its last recompute took (3 to 60 s), or at once when
 * woken by an import, a settings change or a request to recompute. Live chat queues today
 * with every message but does not wake it: the rest keeps recomputes to a fifth of the
 * machine.
 */
@Component
@ConditionalOnWebApplication
class RecomputeWorker {

	static final Pace PACE = new Pace(Duration.ofSeconds(3), Duration.ofSeconds(60));

	private final PacedWorker worker;

	RecomputeWorker(PendingRecompute pending) {
		this.worker = new PacedWorker("kefu-figures", PACE, pending::run);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		worker.start();
	}

	/** Asks for pending days to be recomputed now. */
	void wake() {
		worker.wake();
	}

	@PreDestroy
	void stop() {
		worker.stop();
	}

}
