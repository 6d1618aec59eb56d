package io.kefu.quality.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one thread that inspects the queued days, in the web application only (a command,
 * such as the benchmark, inspects in its own thread). It looks every five seconds when
 * idle, and rests longer after long inspections.
 */
@Component
@ConditionalOnWebApplication
class InspectionWorker {

	private static final Logger log = LoggerFactory.getLogger(InspectionWorker.class);

	static final Duration MIN_REST = Duration.ofSeconds(5);

	static final Duration MAX_REST = Duration.ofSeconds(50);

	private final InspectionQueue queue;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "kefu-inspections");
		thread.setDaemon(true);
		return thread;
	});

	InspectionWorker(InspectionQueue queue) {
		this.queue = queue;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		worker.schedule(this::look, 0, TimeUnit.SECONDS);
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	private void look() {
		long started = System.nanoTime();
		try {
			queue.drain();
		}
		catch (RuntimeException ex) {
			// the days stay queued and are tried again on the next look
			log.error("Inspecting the queued days failed", ex);
		}
		worker.schedule(this::look, restAfter(Duration.ofNanos(System.nanoTime() - started)).toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * How long to wait before looking again after inspecting for {@code took}: a busy
	 * live chat has the figures store today's receptions again every few seconds, and
	 * inspecting the whole day back to back would take the machine from the chat. Resting
	 * four times as long keeps inspection to a fifth of the time, and a reception is
	 * inspected within about a minute of the figures storing it.
	 */
	static Duration restAfter(Duration took) {
		Duration rest = took.multipliedBy(4);
		return rest.compareTo(MIN_REST) < 0 ? MIN_REST : rest.compareTo(MAX_REST) > 0 ? MAX_REST : rest;
	}

}
