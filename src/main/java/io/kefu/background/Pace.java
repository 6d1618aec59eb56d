package io.kefu.background;

import java.time.Duration;

/**
 * How long a worker rests after a run: four times as long as the run took, within
 * {@code shortest} and {@code longest}. A busy live chat queues today again with every
 * message; working it off back to back would take the machine from the chat, and resting
 * four times as long keeps the work to a fifth of the time.
 */
public record Pace(Duration shortest, Duration longest) {

	private static final int REST_PER_WORK = 4;

	public Duration restAfter(Duration took) {
		Duration rest = took.multipliedBy(REST_PER_WORK);
		return rest.compareTo(shortest) < 0 ? shortest : rest.compareTo(longest) > 0 ? longest : rest;
	}

}
