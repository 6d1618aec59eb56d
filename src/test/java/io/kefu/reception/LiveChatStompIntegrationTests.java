package io.kefu.reception;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live chat over STOMP on a real WebSocket to the running server: delivery to the
 * subscribed buyer and agent, the reconnect contract (subscribe, then fetch after the
 * last sequence number seen; nothing lost, nothing doubled), throttling told to the
 * sender, and the frames that are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class LiveChatStompIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Messages messages;

	ChatScene scene;

	ChatScene.AgentSide mei;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
	}

	StompClient agent(ChatScene.AgentSide agent) {
		return StompClient.account(port, username(agent), PASSWORD).awaitConnected();
	}

	String username(ChatScene.AgentSide agent) {
		return staff.find(AgentId.of(agent.id())).orElseThrow().username();
	}

	static Map<String, Object> visitorMessage(String clientId, String content) {
		return Map.of("clientId", clientId, "content", content);
	}

	@Test
	void messagesReachTheSubscribedBuyerAndAgentAndAReconnectedBuyerMissesNothingAndGetsNothingTwice() {
		ChatScene.BuyerSide buyer = scene.buyer("小王");
		try (StompClient desk = agent(mei).subscribe("/topic/agent." + mei.id());
				StompClient page = StompClient.visitor(port, buyer.token()).awaitConnected()) {
			page.subscribe("/topic/visitor." + buyer.buyerId()).subscribe("/user/queue/errors");

			page.send("/app/visitor.send", visitorMessage("v1", "在吗？台灯有货吗"));

			JsonNode asked = page.awaitMessage(1);
			assertThat(asked.get("clientId").asString()).isEqualTo("v1");
			long conversationId = asked.get("conversationId").asLong();
			ReceivedMessages received = new ReceivedMessages(conversationId);
			received.add(message(asked));
			JsonNode welcome = page.awaitMessage(2);
			assertThat(welcome.get("kind").asString()).isEqualTo("AUTO_REPLY");
			received.add(message(welcome));

			// the agent hears of the assignment, then fetches what came before it
			desk.await(frame -> "conversation".equals(frame.get("type").asString())
					&& frame.get("conversationId").asLong() == conversationId
					&& frame.get("agentId").asLong() == mei.id());
			JsonNode before = mei.api()
				.get("/api/v1/agent/conversations/" + conversationId + "/messages?after=0")
				.json();
			assertThat(before).extracting(m -> m.get("seq").asInt()).containsExactly(1, 2);

			page.send("/app/visitor.send", visitorMessage("v2", "白色的有吗"));
			assertThat(desk.awaitMessage(3).get("content").asString()).isEqualTo("白色的有吗");
			received.add(message(page.awaitMessage(3)));

			desk.send("/app/agent.send",
					Map.of("conversationId", conversationId, "clientId", "a1", "content", "亲，有货的哦"));

			JsonNode answer = page.awaitMessage(4);
			assertThat(answer.get("content").asString()).isEqualTo("亲，有货的哦");
			assertThat(answer.get("agentName").asString()).isEqualTo("小美");
			assertThat(desk.awaitMessage(4).get("clientId").asString()).isEqualTo("a1");
			received.add(message(answer));
			page.close();

			// the buyer is gone: two replies they do not hear
			mei.reply(conversationId, "a2", "白色和黑色都有");
			mei.reply(conversationId, "a3", "今天下单明天发顺丰");

			try (StompClient back = StompClient.visitor(port, buyer.token()).awaitConnected()) {
				back.subscribe("/topic/visitor." + buyer.buyerId());
				desk.send("/app/agent.send",
						Map.of("conversationId", conversationId, "clientId", "a4", "content", "还有什么可以帮您？"));
				received.add(message(back.awaitMessage(7)));
				assertThat(received.hasGap()).isTrue();

				JsonNode missed = buyer.after(received.lastContiguousSeq());
				assertThat(missed.get("messages")).extracting(m -> m.get("seq").asInt()).containsExactly(5, 6, 7);
				missed.get("messages").forEach(m -> received.add(message(m)));
			}

			assertThat(received.hasGap()).isFalse();
			assertThat(received.inOrder()).extracting(ChatMessage::seq).containsExactly(1, 2, 3, 4, 5, 6, 7);
			assertThat(received.duplicates()).as("the live message 7 came again in the fetch").isEqualTo(1);
			assertThat(received.inOrder()).extracting(ChatMessage::content)
				.containsExactly("在吗？台灯有货吗", ChatSettings.DEFAULTS.welcomeText(), "白色的有吗", "亲，有货的哦", "白色和黑色都有",
						"今天下单明天发顺丰", "还有什么可以帮您？");
			assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId())))
				.extracting(Message::content)
				.containsExactlyElementsOf(received.inOrder().stream().map(ChatMessage::content).toList());
		}
	}

	@Test
	void aBuyerSendingTooFastOverStompIsToldOnTheirOwnErrorQueueAndNothingAcceptedIsLost() {
		ChatScene.BuyerSide buyer = scene.buyer(null);
		try (StompClient page = StompClient.visitor(port, buyer.token()).awaitConnected()) {
			page.subscribe("/topic/visitor." + buyer.buyerId()).subscribe("/user/queue/errors");
			for (int i = 0; i < 15; i++) {
				page.send("/app/visitor.send", visitorMessage("fast-" + i, "第" + i + "条"));
			}

			List<String> accepted = new ArrayList<>();
			List<JsonNode> refused = new ArrayList<>();
			while (accepted.size() + refused.size() < 15) {
				JsonNode frame = page.await(f -> "error".equals(f.get("type").asString())
						|| "message".equals(f.get("type").asString()) && "IN".equals(f.get("direction").asString()));
				if ("error".equals(frame.get("type").asString())) {
					refused.add(frame);
				}
				else {
					accepted.add(frame.get("content").asString());
				}
			}
			assertThat(refused).isNotEmpty().allSatisfy(error -> {
				assertThat(error.get("code").asString()).isEqualTo("THROTTLED");
				assertThat(error.get("clientId").asString()).startsWith("fast-");
			});
			assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId())))
				.filteredOn(m -> m.direction() == Direction.IN)
				.extracting(Message::content)
				// inbound frames are handled on several threads, so echoes may overtake
				// each other;
				// the clients order by sequence number
				.containsExactlyInAnyOrderElementsOf(accepted);
		}
	}

	@Test
	void aMessageOverTwoThousandCharactersIsRefusedToTheSenderNamingTheField() {
		ChatScene.BuyerSide buyer = scene.buyer(null);
		try (StompClient page = StompClient.visitor(port, buyer.token()).awaitConnected()) {
			page.subscribe("/user/queue/errors");
			page.send("/app/visitor.send", visitorMessage("long-1", "灯".repeat(2001)));

			JsonNode error = page.await(f -> "error".equals(f.get("type").asString()));
			assertThat(error.get("code").asString()).isEqualTo("INVALID");
			assertThat(error.get("field").asString()).isEqualTo("content");
			assertThat(error.get("clientId").asString()).isEqualTo("long-1");
		}
	}

	@Test
	void aForgedTokenCannotConnect() {
		ChatScene.BuyerSide buyer = scene.buyer(null);
		String forged = buyer.token().replace("." + buyer.buyerId() + ".", "." + (buyer.buyerId() + 1) + ".");

		try (StompClient page = StompClient.visitor(port, forged)) {
			assertThat(page.awaitError()).contains("signature");
		}
		try (StompClient anonymous = StompClient.visitor(port, "")) {
			assertThat(anonymous.awaitError()).isNotBlank();
		}
	}

	@Test
	void anAgentsRefusedReplyIsToldToTheSessionThatSentItWithItsClientId() {
		ChatScene.BuyerSide buyer = scene.buyer(null);
		long conversationId = buyer.sent("c1", "在吗").get("conversationId").asLong();
		ChatScene.AgentSide jie = scene.preSales("小杰");
		try (StompClient sending = agent(jie).subscribe("/user/queue/errors");
				StompClient other = agent(jie).subscribe("/user/queue/errors")) {
			// a refusal of its own shows the other session's subscription in place, so
			// that its silence about j1 below means something
			other.send("/app/agent.send", Map.of("conversationId", conversationId, "clientId", "o1", "content", "在"));
			other.await(frame -> "error".equals(frame.get("type").asString())
					&& "o1".equals(frame.get("clientId").asString()));

			sending.send("/app/agent.send",
					Map.of("conversationId", conversationId, "clientId", "j1", "content", "在的"));

			JsonNode refused = sending.await(frame -> "error".equals(frame.get("type").asString()));
			assertThat(refused.get("code").asString()).isEqualTo("CONFLICT");
			assertThat(refused.get("clientId").asString()).isEqualTo("j1");
			mei.reply(conversationId, "m1", "亲，在的");
			assertThat(messages.thread(ShopId.of(scene.shopId), BuyerId.of(buyer.buyerId())))
				.extracting(Message::content)
				.doesNotContain("在的");
			assertThat(other.receivedSoFar(frame -> "error".equals(frame.get("type").asString())
					&& "j1".equals(frame.get("clientId").asString())))
				.isEmpty();
		}
	}

	@Test
	void aBuyerMayNeitherListenToAnotherBuyerNorSendToATopic() {
		ChatScene.BuyerSide buyer = scene.buyer(null);
		ChatScene.BuyerSide other = scene.buyer(null);
		try (StompClient page = StompClient.visitor(port, buyer.token()).awaitConnected()) {
			page.subscribe("/topic/visitor." + other.buyerId());
			assertThat(page.awaitError()).contains("SUBSCRIBE /topic/visitor." + other.buyerId());
		}
		try (StompClient page = StompClient.visitor(port, buyer.token()).awaitConnected()) {
			page.send("/topic/visitor." + buyer.buyerId(), Map.of("type", "message", "content", "假冒客服"));
			assertThat(page.awaitError()).contains("SEND");
		}
	}

	@Test
	void anAgentOfAnotherShopMayNotListenToThisShopsConversationsOrQueue() {
		ChatScene.BuyerSide buyer = scene.buyer(null);
		long conversationId = buyer.sent("c1", "在吗").get("conversationId").asLong();
		ChatScene other = new ChatScene(shops, staff, ApiClient.anonymous(port));
		ChatScene.AgentSide stranger = other.supervisor("别家主管");

		try (StompClient desk = agent(stranger)) {
			desk.subscribe("/topic/conversation." + conversationId);
			assertThat(desk.awaitError()).contains("/topic/conversation." + conversationId);
		}
		try (StompClient desk = agent(stranger)) {
			desk.subscribe("/topic/shop." + scene.shopId + ".queue");
			assertThat(desk.awaitError()).contains("queue");
		}
		try (StompClient desk = agent(mei)) {
			desk.subscribe("/topic/conversation." + conversationId).subscribe("/topic/shop." + scene.shopId + ".queue");
			mei.reply(conversationId, "a1", "在的");
			assertThat(desk.awaitMessage(3).get("content").asString()).isEqualTo("在的");
		}
	}

	static ChatMessage message(JsonNode frame) {
		return JSON.treeToValue(frame, ChatMessage.class);
	}

}
