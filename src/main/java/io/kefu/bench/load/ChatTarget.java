package io.kefu.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How buyers and agents reach one target: Kefu's live chat (docs/chat.md), or the echo
 * floor, which forwards each frame unchanged to the topics its {@code to} header names
 * and so carries the same frames between the same clients with no work of its own. Bodies
 * are built by hand: every text sent here is the client's own, with no character JSON
 * would escape.
 */
abstract sealed class ChatTarget {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final LoadPlan plan;

	ChatTarget(LoadPlan plan) {
		this.plan = plan;
	}

	static ChatTarget of(LoadPlan plan) {
		return plan.target() == LoadPlan.Target.KEFU ? new Kefu(plan) : new Echo(plan);
	}

	URI webSocket() {
		return URI.create(plan.baseUrl().replaceFirst("^http", "ws") + "/ws");
	}

	/** A new buyer: Kefu gives a visitor session over HTTP, the echo floor a number. */
	abstract CompletableFuture<Buyer> buyer(HttpClient http, int index);

	abstract Map<String, String> agentHandshake(LoadPlan.AgentLogin agent);

	abstract List<String> agentTopics(LoadPlan.AgentLogin agent);

	abstract void buyerSends(StompConnection connection, Buyer buyer, String clientId, String content);

	/** The agent answers a buyer message it heard, in the same conversation. */
	abstract void agentAnswers(StompConnection connection, LoadPlan.AgentLogin agent, JsonNode heard, String clientId,
			String content);

	/**
	 * @param token the visitor token (Kefu) or null
	 * @param agent the index of the agent who answers on the echo floor
	 */
	record Buyer(long id, String token, int agent, Map<String, String> connectHeaders, List<String> topics) {
	}

	static final class Kefu extends ChatTarget {

		Kefu(LoadPlan plan) {
			super(plan);
		}

		@Override
		CompletableFuture<Buyer> buyer(HttpClient http, int index) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(plan.baseUrl() + "/api/v1/shops/" + plan.shopId() + "/visitor-sessions"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"nickname\":\"压测买家\"}", StandardCharsets.UTF_8))
				.build();
			return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.thenApply(response -> {
					if (response.statusCode() != 201) {
						throw new IllegalStateException(
								"visitor session: " + response.statusCode() + " " + response.body());
					}
					JsonNode session = JSON.readTree(response.body());
					long buyerId = session.get("buyerId").asLong();
					String token = session.get("token").asString();
					return new Buyer(buyerId, token, -1, Map.of("token", token),
							List.of("/topic/visitor." + buyerId, "/user/queue/errors"));
				});
		}

		@Override
		Map<String, String> agentHandshake(LoadPlan.AgentLogin agent) {
			String basic = agent.username() + ":" + agent.password();
			return Map.of("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
		}

		@Override
		List<String> agentTopics(LoadPlan.AgentLogin agent) {
			return List.of("/topic/agent." + agent.id(), "/user/queue/errors");
		}

		@Override
		void buyerSends(StompConnection connection, Buyer buyer, String clientId, String content) {
			connection.send("/app/visitor.send", "{\"clientId\":\"" + clientId + "\",\"content\":\"" + content + "\"}");
		}

		@Override
		void agentAnswers(StompConnection connection, LoadPlan.AgentLogin agent, JsonNode heard, String clientId,
				String content) {
			connection.send("/app/agent.send", "{\"conversationId\":" + heard.get("conversationId").asLong()
					+ ",\"clientId\":\"" + clientId + "\",\"content\":\"" + content + "\"}");
		}

	}

	static final class Echo extends ChatTarget {

		Echo(LoadPlan plan) {
			super(plan);
		}

		@Override
		CompletableFuture<Buyer> buyer(HttpClient http, int index) {
			long id = index + 1;
			return CompletableFuture.completedFuture(
					new Buyer(id, null, index % plan.agents().size(), Map.of(), List.of("/topic/visitor." + id)));
		}

		@Override
		Map<String, String> agentHandshake(LoadPlan.AgentLogin agent) {
			return Map.of();
		}

		@Override
		List<String> agentTopics(LoadPlan.AgentLogin agent) {
			return List.of("/topic/agent." + agent.id());
		}

		@Override
		void buyerSends(StompConnection connection, Buyer buyer, String clientId, String content) {
			long agentId = plan.agents().get(buyer.agent()).id();
			connection.send("/app/echo", message(buyer.id(), "IN", clientId, content), "to",
					"/topic/visitor." + buyer.id() + ",/topic/agent." + agentId);
		}

		@Override
		void agentAnswers(StompConnection connection, LoadPlan.AgentLogin agent, JsonNode heard, String clientId,
				String content) {
			long buyerId = heard.get("conversationId").asLong();
			connection.send("/app/echo", message(buyerId, "OUT", clientId, content), "to",
					"/topic/visitor." + buyerId + ",/topic/agent." + agent.id());
		}

		/**
		 * Shaped like Kefu's message, the buyer's number standing for the conversation.
		 */
		private static String message(long buyerId, String direction, String clientId, String content) {
			return "{\"type\":\"message\",\"conversationId\":" + buyerId + ",\"direction\":\"" + direction
					+ "\",\"kind\":\"TEXT\",\"clientId\":\"" + clientId + "\",\"content\":\"" + content + "\"}";
		}

	}

}
