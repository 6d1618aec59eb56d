package io.kefu.bench.load;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the load client does: {@code buyers} buyers arrive, {@code
 * arrivalsPerSecond} a second, and connect to the target over STOMP; each sends a message
 * every {@code interval} (give or take a fifth, well below the 5 a second a buyer may
 * send), the first within one interval of arriving, so that conversations open at about
 * the arrival rate; the agents answer every buyer message they hear. Once every buyer is
 * there, the warm-up passes and {@code duration} is measured.
 *
 * @param baseUrl the server, e.g. {@code http://127.0.0.1:8080}; STOMP is at {@code /ws}
 * @param shopId Kefu's shop whose chat the buyers open (ignored by the echo floor)
 * @param agents who answers; for the echo floor only their number matters
 */
public record LoadPlan(Target target, String baseUrl, long shopId, int buyers, List<AgentLogin> agents,
		int arrivalsPerSecond, long intervalMillis, long warmupMillis, long durationMillis, long heartbeatMillis) {

	public LoadPlan {
		if (buyers < 1 || agents.isEmpty() || arrivalsPerSecond < 1) {
			throw new IllegalArgumentException("A run needs buyers, agents and buyers arriving");
		}
		agents = List.copyOf(agents);
	}

	public Duration interval() {
		return Duration.ofMillis(intervalMillis);
	}

	/** Kefu's live chat, or the bare Spring STOMP echo beside it (the floor). */
	public enum Target {

		KEFU, ECHO

	}

	/** An agent account of the bench shop; HTTP Basic on the WebSocket handshake. */
	public record AgentLogin(long id, String username, String password) {
	}

}
