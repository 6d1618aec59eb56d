package io.kefu.reception;

import java.util.Map;

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
 * 交接班: an agent leaving a shift writes a note on a buyer's open case; the next shift
 * reads it among the shop's open notes and beside the buyer, and marks it taken care of.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class ShiftNoteApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	ChatScene scene;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
	}

	@Test
	void theNextShiftReadsTheNoteAndMarksItDone() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小王");
		long conversation = buyer.sent("c1", "我的快递到哪了").get("conversationId").asLong();
		ChatScene.AgentSide yu = scene.preSales("小雨");
		String notes = "/api/v1/shops/" + scene.shopId + "/shift-notes";

		ApiClient.Reply written = mei.post(notes, ChatScene
			.json(Map.of("buyerId", buyer.buyerId(), "conversationId", conversation, "note", "已催快递，明早10点前回复买家单号")));

		assertThat(written.status()).as(written.body()).isEqualTo(201);
		JsonNode open = yu.api().get(notes).json();
		assertThat(open).hasSize(1);
		assertThat(open.get(0).get("author").asString()).isEqualTo("小美");
		assertThat(open.get(0).get("buyerNick").asString()).isEqualTo(buyer.nick());
		assertThat(yu.api().get(notes + "?buyerId=" + buyer.buyerId()).json().get(0).get("conversationId").asLong())
			.isEqualTo(conversation);
		long id = open.get(0).get("id").asLong();
		assertThat(yu.post(notes + "/" + id + "/done", "{}").json().get("doneBy").asString()).isEqualTo("小雨");
		assertThat(yu.api().get(notes).json()).isEmpty();
	}

	@Test
	void badNotesAndOtherShopsAreRefused() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene other = new ChatScene(shops, staff, ApiClient.anonymous(port));
		ChatScene.AgentSide stranger = other.preSales("别家");
		ChatScene.BuyerSide buyer = scene.buyer(null);
		String notes = "/api/v1/shops/" + scene.shopId + "/shift-notes";

		assertThat(mei.post(notes, ChatScene.json(Map.of("buyerId", buyer.buyerId(), "note", " "))).status())
			.isEqualTo(400);
		assertThat(
				mei.post(notes, ChatScene.json(Map.of("buyerId", buyer.buyerId(), "note", "x".repeat(1001)))).status())
			.isEqualTo(400);
		assertThat(mei.post(notes, ChatScene.json(Map.of("buyerId", buyer.buyerId() + 100_000, "note", "x"))).status())
			.isEqualTo(400);
		assertThat(stranger.api().get(notes).status()).isEqualTo(403);
		assertThat(stranger
			.post("/api/v1/shops/" + other.shopId + "/shift-notes",
					ChatScene.json(Map.of("buyerId", buyer.buyerId(), "note", "x")))
			.status()).as("a buyer of another shop").isEqualTo(400);
		assertThat(scene.person("丹丹", Role.ORDER_CLERK).api().get(notes).status()).isEqualTo(403);
		assertThat(mei.post(notes + "/999999999/done", "{}").status()).isEqualTo(400);
	}

}
