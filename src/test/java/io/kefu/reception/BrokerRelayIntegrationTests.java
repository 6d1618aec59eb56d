package io.kefu.reception;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

import io.kefu.KefuApplication;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.messaging.simp.stomp.StompBrokerRelayMessageHandler;

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes on one database, each with its own in-process web server, both relaying STOMP
 * through RabbitMQ ({@code kefu.chat.broker=relay}): a buyer connected to node A and
 * their agent connected to node B hear each other. Skipped where no STOMP broker answers
 * on localhost:61613 ({@code .ci/run} enables RabbitMQ's STOMP plugin where RabbitMQ is
 * installed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kefu.chat.broker=relay", "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET })
class BrokerRelayIntegrationTests {

	static final String RELAY_HOST = "localhost";

	static final int RELAY_PORT = 61613;

	static ConfigurableApplicationContext nodeB;

	@LocalServerPort
	int portA;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void aStompBrokerAnswers() {
		assumeTrue(answers(RELAY_HOST, RELAY_PORT), "no STOMP broker on " + RELAY_HOST + ":" + RELAY_PORT);
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	/** The second node: the same application and database, another port. */
	int portB() {
		if (nodeB == null) {
			nodeB = new SpringApplicationBuilder(KefuApplication.class)
				.properties("server.port=0",
						"spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
						"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
						"spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
						"kefu.chat.broker=relay", "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
				.run();
			awaitBrokerAvailable(nodeB);
		}
		return ((WebServerApplicationContext) nodeB).getWebServer().getPort();
	}

	// the relay connects to the broker after the node starts; a client connecting before
	// is
	// told "Broker not available."
	@BeforeEach
	void nodeAReachesTheBroker() {
		awaitBrokerAvailable(context);
	}

	private static void awaitBrokerAvailable(ApplicationContext node) {
		StompBrokerRelayMessageHandler relay = node.getBean(StompBrokerRelayMessageHandler.class);
		Awaitility.await("the relay reaches the broker").atMost(Duration.ofSeconds(30)).until(relay::isBrokerAvailable);
	}

	@Test
	void aBuyerOnOneNodeAndTheirAgentOnTheOtherHearEachOther() {
		int portB = portB();
		ChatScene scene = new ChatScene(shops, staff, ApiClient.anonymous(portA));
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小王");
		String username = staff.find(AgentId.of(mei.id())).orElseThrow().username();

		try (StompClient desk = StompClient.account(portB, username, PASSWORD).awaitConnected();
				StompClient page = StompClient.visitor(portA, buyer.token()).awaitConnected()) {
			desk.subscribeConfirmed("/topic/agent." + mei.id());
			page.subscribe("/user/queue/errors").subscribeConfirmed("/topic/visitor." + buyer.buyerId());

			page.send("/app/visitor.send", Map.of("clientId", "v1", "content", "在吗？台灯有货吗"));
			long conversationId = page.awaitMessage(1).get("conversationId").asLong();
			// node A routed the buyer; the agent on node B hears of it through the broker
			desk.await(frame -> "conversation".equals(frame.get("type").asString())
					&& frame.get("conversationId").asLong() == conversationId
					&& frame.get("agentId").asLong() == mei.id());

			page.send("/app/visitor.send", Map.of("clientId", "v2", "content", "白色的有吗"));
			assertThat(desk.awaitMessage(3).get("content").asString()).isEqualTo("白色的有吗");

			desk.send("/app/agent.send",
					Map.of("conversationId", conversationId, "clientId", "a1", "content", "亲，有货的哦"));
			JsonNode answer = page.awaitMessage(4);
			assertThat(answer.get("content").asString()).isEqualTo("亲，有货的哦");
			assertThat(answer.get("agentName").asString()).isEqualTo("小美");

			// an error still reaches the sending connection alone, through the broker too
			page.send("/app/visitor.send", Map.of("clientId", "long-1", "content", "灯".repeat(2001)));
			JsonNode error = page.await(frame -> "error".equals(frame.get("type").asString()));
			assertThat(error.get("code").asString()).isEqualTo("INVALID");
			assertThat(error.get("clientId").asString()).isEqualTo("long-1");
		}
	}

	@Test
	void aBuyerMayStillSubscribeOnlyToTheirOwnTopic() {
		ChatScene scene = new ChatScene(shops, staff, ApiClient.anonymous(portA));
		ChatScene.BuyerSide buyer = scene.buyer(null);

		try (StompClient page = StompClient.visitor(portA, buyer.token()).awaitConnected()) {
			page.subscribe("/topic/visitor." + (buyer.buyerId() + 1));
			assertThat(page.awaitError()).contains("Not allowed: SUBSCRIBE /topic/visitor.");
		}
	}

	static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
