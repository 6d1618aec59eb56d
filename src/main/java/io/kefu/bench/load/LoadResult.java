package io.kefu.bench.load;

import java.util.Map;

/**
 * What the clients saw in the measured window. Latencies run from the buyer's send to the
 * agent hearing the message ({@code toAgent}) and to the buyer hearing the agent's answer
 * ({@code answered}), both on the client's clock; a message counts when it was sent in
 * the window.
 *
 * @param delivered MESSAGE frames received by all clients in the window
 * @param sent buyer messages sent in the window
 * @param unanswered of those, the ones whose answer never came back
 * @param connectFailures buyers and agents that could not connect
 * @param dropped connections that ended while the run went on
 * @param errorFrames STOMP ERROR frames received
 * @param refused messages refused to their sender ({@code /user/queue/errors}) by code
 * @param clientCpuCores CPU seconds of the client's JVM per second of the window
 */
public record LoadResult(LoadPlan.Target target, int buyers, int agents, int buyersConnected, int agentsConnected,
		double windowSeconds, long sent, long delivered, LatencySamples.Summary toAgent,
		LatencySamples.Summary answered, long unanswered, long connectFailures, long dropped, long errorFrames,
		Map<String, Long> refused, double clientCpuCores) {

	public double deliveredPerSecond() {
		return windowSeconds == 0 ? 0 : delivered / windowSeconds;
	}

	/** Everything that went wrong, added up. */
	public long errors() {
		return unanswered + connectFailures + dropped + errorFrames
				+ refused.values().stream().mapToLong(Long::longValue).sum();
	}

}
