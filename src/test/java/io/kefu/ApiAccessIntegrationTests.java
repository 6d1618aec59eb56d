package io.kefu;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	ApiClient api;

	Shop lamps;

	Shop other;

	@BeforeEach
	void setUp() {
		api = ApiClient.anonymous(port);
		if (shops.findByName("灯具店").isPresent()) {
			lamps = shops.findByName("灯具店").orElseThrow();
			other = shops.findByName("别家店").orElseThrow();
			return;
		}
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		lamps = fixture.shop("灯具店");
		other = fixture.shop("别家店");
		fixture.lamp(lamps, "视谱 护眼台灯 A1");
		fixture.account(lamps, "boss", Role.SUPERVISOR);
		fixture.account(lamps, "mei", Role.PRE_SALES);
		fixture.account(other, "stranger", Role.SUPERVISOR);
	}

	@Test
	void anonymousApiCallsGetAProblemDetailWith401() {
		ApiClient.Reply reply = api.get("/api/v1/me");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		ApiClient.Reply reply = api.as("mei", "not-her-password").get("/api/v1/me");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.body()).doesNotContain("mei");
	}

	@Test
	void meNamesTheCallerAndTheirRoles() {
		JsonNode me = api.as("mei", PASSWORD).get("/api/v1/me").json();

		assertThat(me.get("username").asString()).isEqualTo("mei");
		assertThat(me.get("roles").get(0).asString()).isEqualTo("PRE_SALES");
		assertThat(me.get("shopIds").get(0).asLong()).isEqualTo(lamps.id().value());
	}

	@Test
	void anAgentSeesOnlyTheShopsTheyWorkIn() {
		JsonNode shopsSeen = api.as("mei", PASSWORD).get("/api/v1/shops").json();

		assertThat(shopsSeen).hasSize(1);
		assertThat(shopsSeen.get(0).get("name").asString()).isEqualTo("灯具店");
		assertThat(shopsSeen.get(0).get("platform").asString()).isEqualTo("TMALL");
	}

	@Test
	void productsComeWithSkusAttributesAndSellingPoints() {
		JsonNode product = api.as("mei", PASSWORD).get("/api/v1/shops/" + lamps.id() + "/products").json().get(0);

		assertThat(product.get("id").asLong()).isPositive();
		assertThat(product.get("title").asString()).isEqualTo("视谱 护眼台灯 A1");
		assertThat(product.get("skus")).hasSize(2);
		assertThat(product.get("skus").get(0).get("price").decimalValue()).isEqualByComparingTo("199.00");
		assertThat(product.toString()).contains("\"price\":199.00");
		assertThat(product.get("attributes").get(1).get("value").asString()).isEqualTo("无极调光");
		assertThat(product.get("sellingPoints").get(0).asString()).isEqualTo("护眼无频闪");
	}

	@Test
	void anotherShopsProductsAndAgentsAreForbidden() {
		ApiClient stranger = api.as("stranger", PASSWORD);

		assertThat(stranger.get("/api/v1/shops/" + lamps.id() + "/products").status()).isEqualTo(403);
		ApiClient.Reply agents = stranger.get("/api/v1/shops/" + lamps.id() + "/agents");
		assertThat(agents.status()).isEqualTo(403);
		assertThat(agents.contentType()).startsWith("application/problem+json");
	}

	@Test
	void agentsAreListedWithTheirSubAccount() {
		JsonNode agents = api.as("mei", PASSWORD).get("/api/v1/shops/" + lamps.id() + "/agents").json();

		assertThat(agents).extracting(agent -> agent.get("agentAccount").asString()).contains("灯具店:mei", "灯具店:boss");
		assertThat(agents.toString()).doesNotContain("password");
	}

	@Test
	void onlySupervisorsOpenShops() {
		ApiClient.Reply refused = api.as("mei", PASSWORD).post("/api/v1/shops", """
				{"name": "美的店", "platform": "JD"}""");
		assertThat(refused.status()).isEqualTo(403);

		ApiClient boss = api.as("boss", PASSWORD);
		ApiClient.Reply opened = boss.post("/api/v1/shops", """
				{"name": "视谱京东自营", "platform": "JD"}""");
		assertThat(opened.status()).isEqualTo(201);
		assertThat(opened.json().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(boss.get("/api/v1/shops").json()).extracting(shop -> shop.get("name").asString())
			.contains("灯具店", "视谱京东自营");
	}

	@Test
	void anInvalidShopNamesTheFieldAndAnUnknownPlatformIsRejected() {
		ApiClient boss = api.as("boss", PASSWORD);

		ApiClient.Reply blank = boss.post("/api/v1/shops", """
				{"name": " ", "platform": "TMALL"}""");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

		assertThat(boss.post("/api/v1/shops", """
				{"name": "新店", "platform": "AMAZON"}""").status()).isEqualTo(400);
	}

	@Test
	void aSecondShopOfTheSameNameIsAConflict() {
		ApiClient.Reply duplicate = api.as("boss", PASSWORD).post("/api/v1/shops", """
				{"name": "灯具店", "platform": "TMALL"}""");

		assertThat(duplicate.status()).isEqualTo(409);
	}

	@Test
	void theAdminSeesEveryShop() {
		JsonNode all = api.as("admin", "admin-test-password").get("/api/v1/shops").json();

		assertThat(all).extracting(shop -> shop.get("name").asString()).contains("灯具店", "别家店");
	}

	@Test
	void healthIsPublicAndUpWhenTheDatabaseAnswers() {
		ApiClient.Reply health = api.get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theOpenApiDescriptionListsTheEndpoints() {
		WebSession.Reply docs = WebSession.signIn(port, "admin", "admin-test-password").get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("\"/api/v1/shops/{shopId}/products\"");
	}

}
