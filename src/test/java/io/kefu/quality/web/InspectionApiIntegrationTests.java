package io.kefu.quality.web;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionApiIntegrationTests {

	/** Seed 004's bad greeting and the backpack: 在, then 没. */
	private static final String SEED_004_BAD = """
			{"messages": [
			  {"direction": "IN", "kind": "TEXT", "sentAt": "2026-11-20T10:00:00", "content": "老板在吗?"},
			  {"direction": "OUT", "kind": "AUTO_REPLY", "sentAt": "2026-11-20T10:00:01", "content": "您好，欢迎光临"},
			  {"direction": "OUT", "kind": "TEXT", "sentAt": "2026-11-20T10:00:30", "content": "在"},
			  {"direction": "IN", "kind": "TEXT", "sentAt": "2026-11-20T10:01:00", "content": "你家有个新款的多用双肩包还有吗?"},
			  {"direction": "OUT", "kind": "TEXT", "sentAt": "2026-11-20T10:03:00", "content": "没"}
			]}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = ApiClient.anonymous(port);
		if (shops.findByName("质检接口店").isEmpty()) {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop shop = fixture.shop("质检接口店");
			fixture.account(shop, "qc-mei", Role.PRE_SALES);
			fixture.account(shop, "qc-dandan", Role.ORDER_CLERK);
		}
	}

	@Test
	void answersTheScoreAndEachHitWithItsMessagesPositionInTheRequest() {
		ApiClient.Reply reply = api.as("qc-mei", PASSWORD).post("/api/v1/inspections/check", SEED_004_BAD);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.get("score").asInt()).isEqualTo(100 - 2 - 5 - 5 - 3 - 3);
		assertThat(body.get("hits").toString()).isEqualTo("""
				[{"rule":"LONE_SYLLABLE","messageIndex":2,"severity":"MINOR"},\
				{"rule":"NO_GREETING","messageIndex":2,"severity":"MAJOR"},\
				{"rule":"BLUNT_NO","messageIndex":4,"severity":"MAJOR"},\
				{"rule":"SLOW_RESPONSE","messageIndex":4,"severity":"MAJOR"},\
				{"rule":"NO_FAREWELL","messageIndex":4,"severity":"MINOR"}]""");
	}

	@Test
	void asksForTheOrdersDetailsToBeConfirmedAfterIt() {
		String body = """
				{"messages": [
				  {"direction": "IN", "kind": "TEXT", "sentAt": "2026-11-20T10:00:00", "content": "这款有白色吗"},
				  {"direction": "OUT", "kind": "TEXT", "sentAt": "2026-11-20T10:00:20", "content": "您好，有的，拍下明天发货"}
				], "orderCreatedAt": "2026-11-20T10:00:50"}
				""";

		JsonNode hits = api.as("qc-mei", PASSWORD).post("/api/v1/inspections/check", body).json().get("hits");

		assertThat(hits.toString()).contains("\"rule\":\"NO_VERIFICATION\",\"messageIndex\":1");
	}

	@Test
	void anySignedInStaffMemberMayCheckButNoOneElse() {
		assertThat(api.as("qc-dandan", PASSWORD).post("/api/v1/inspections/check", SEED_004_BAD).status())
			.isEqualTo(200);
		assertThat(api.as("qc-mei", "not-her-password").post("/api/v1/inspections/check", SEED_004_BAD).status())
			.isEqualTo(401);
		// without credentials or a session nobody is signed in
		assertThat(api.post("/api/v1/inspections/check", SEED_004_BAD).status()).isEqualTo(401);
	}

	@Test
	void namesEveryWrongField() {
		String body = """
				{"messages": [
				  {"direction": "SIDEWAYS", "kind": "TEXT", "sentAt": "2026-11-20T10:00:00", "content": "在吗"},
				  {"direction": "OUT", "kind": "VOICE", "sentAt": "yesterday", "content": "在"},
				  {"direction": "OUT", "kind": "TEXT", "sentAt": "2026-11-20T09:00:00"}
				], "orderCreatedAt": "soon"}
				""";

		ApiClient.Reply reply = api.as("qc-mei", PASSWORD).post("/api/v1/inspections/check", body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("messages[0].direction",
				"messages[1].kind", "messages[1].sentAt", "messages[2].content", "orderCreatedAt");
	}

	@Test
	void refusesMessagesOutOfOrderNoMessagesAndTooMany() {
		String outOfOrder = """
				{"messages": [
				  {"direction": "IN", "kind": "TEXT", "sentAt": "2026-11-20T10:00:00", "content": "在吗"},
				  {"direction": "OUT", "kind": "TEXT", "sentAt": "2026-11-20T09:59:00", "content": "您好"}
				]}
				""";
		StringBuilder tooMany = new StringBuilder("{\"messages\": [");
		for (int i = 0; i <= CheckRequest.MAX_MESSAGES; i++) {
			tooMany.append(i == 0 ? "" : ",")
				.append("{\"direction\":\"IN\",\"kind\":\"TEXT\",\"sentAt\":\"2026-11-20T10:00:00\",\"content\":\"在吗\"}");
		}
		tooMany.append("]}");
		ApiClient mei = api.as("qc-mei", PASSWORD);

		assertThat(fields(mei.post("/api/v1/inspections/check", outOfOrder))).containsExactly("messages[1].sentAt");
		assertThat(fields(mei.post("/api/v1/inspections/check", "{\"messages\": []}"))).containsExactly("messages");
		assertThat(fields(mei.post("/api/v1/inspections/check", "{}"))).containsExactly("messages");
		assertThat(fields(mei.post("/api/v1/inspections/check", tooMany.toString()))).containsExactly("messages");
	}

	private static java.util.List<String> fields(ApiClient.Reply reply) {
		assertThat(reply.status()).isEqualTo(400);
		return reply.json().get("errors").findValuesAsString("field");
	}

}
