package io.kefu.background;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that runs a piece of work at once when started, then again after
 * resting as its {@link Pace} says, or sooner when woken: a change made in another
 * process (an import from the command line) is picked up on the next run, and a person
 * who asks for the work wakes it.
 */
public class PacedWorker {

	private static final Logger log = LoggerFactory.getLogger(PacedWorker.class);

	private final String name;

	private final Pace pace;

	private final Runnable work;

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running = true;

	private volatile Thread thread;

	public PacedWorker(String name, Pace pace, Runnable work) {
		this.name = name;
		this.pace = pace;
		this.work = work;
	}

	public synchronized void start() {
		if (thread == null) {
			thread = new Thread(this::loop, name);
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** Asks for a run now, or right after the one under way. */
	public void wake() {
		wake.release();
	}

	public synchronized void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
		}
	}

	private void loop() {
		while (running) {
			long started = System.nanoTime();
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				// what failed stays queued and is tried again after the rest
				log.warn("{}: a run failed; trying again shortly", name, ex);
			}
			try {
				wake.tryAcquire(pace.restAfter(Duration.ofNanos(System.nanoTime() - started)).toMillis(),
						TimeUnit.MILLISECONDS);
				wake.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
