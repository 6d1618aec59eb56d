package io.kefu.reception;

import io.kefu.access.Role;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's earlier conversations beside a chat: {@code GET
 * /api/v1/shops/{shopId}/buyers/{buyerId}/conversations}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class BuyerHistoryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	ApiClient api;

	ChatScene scene;

	@BeforeEach
	void openShop() {
		api = ApiClient.anonymous(port);
		scene = new ChatScene(shops, staff, api);
	}

	@Test
	void aBuyersConversationsAreListedNewestFirstWithWhoServedThem() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小王");
		long first = buyer.sent("c1", "在吗").get("conversationId").asLong();
		assertThat(mei.reply(first, "a1", "在的亲").status()).isEqualTo(200);
		assertThat(mei.post("/api/v1/agent/conversations/" + first + "/close", "{}").status()).isEqualTo(200);
		long second = buyer.sent("c2", "上次那款还有吗").get("conversationId").asLong();

		ApiClient.Reply reply = mei.api().get(history(buyer.buyerId()));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode listed = reply.json();
		assertThat(listed).extracting(c -> c.get("id").asLong()).containsExactly(second, first);
		assertThat(listed.get(1).get("status").asString()).isEqualTo("CLOSED");
		assertThat(listed.get(1).get("agentName").asString()).isEqualTo("小美");
		assertThat(listed.get(0).get("buyerNick").asString()).isEqualTo(buyer.nick());
		assertThat(scene.buyer(null).api().get(history(buyer.buyerId())).status()).as("a visitor token is no login")
			.isEqualTo(401);
	}

	@Test
	void agentsSupervisorsAndTrainersOfTheShopReadItAndNobodyElse() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer(null);
		buyer.sent("c1", "在吗");
		ChatScene.AgentSide stranger = new ChatScene(shops, staff, api).preSales("别家小美");

		assertThat(scene.supervisor("王主管").api().get(history(buyer.buyerId())).json()).hasSize(1);
		assertThat(scene.person("李培训", Role.TRAINER).api().get(history(buyer.buyerId())).json()).hasSize(1);
		assertThat(scene.person("丹丹", Role.ORDER_CLERK).api().get(history(buyer.buyerId())).status()).isEqualTo(403);
		assertThat(stranger.api().get(history(buyer.buyerId())).status()).isEqualTo(403);
		assertThat(mei.api().get(history(buyer.buyerId() + 100_000)).json()).as("no such buyer in the shop").isEmpty();
	}

	private String history(long buyerId) {
		return "/api/v1/shops/" + scene.shopId + "/buyers/" + buyerId + "/conversations";
	}

}
