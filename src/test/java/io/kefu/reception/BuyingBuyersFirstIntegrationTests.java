package io.kefu.reception;

import java.time.LocalDate;
import java.util.Map;

import io.kefu.PageTestData;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static io.kefu.reception.ChatScene.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's knowledge at the reception desk: a buyer who shows what they buy (a product
 * card) is served before one who only asks and is marked in the queue and the live view
 * (seed 000 优先回复购买商品买家); while a promotion runs its auto-reply welcomes buyers
 * (店铺各大活动时，旺旺自动回复需重新设置); the product the buyer sent is found for the card beside the
 * chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class BuyingBuyersFirstIntegrationTests {

	static final String PROMOTION_WELCOME = "亲，双12预热中，全店满199减20，下单就送护眼小夜灯哦！";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Products products;

	ChatScene scene;

	Product lamp;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		lamp = PageTestData.addDeskLamp(products, scene.shop.id());
	}

	@Test
	void aBuyerWhoSentAProductCardIsServedFirstMarkedAndWelcomedWithTheRunningPromotion() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide boss = scene.supervisor("王主管");
		LocalDate today = LocalDate.now(Shop.DEFAULT_ZONE);
		ApiClient.Reply promotion = boss.post("/api/v1/shops/" + scene.shopId + "/promotions",
				json(Map.of("name", "双12预热", "startDate", today.toString(), "endDate", today.plusDays(1).toString(),
						"autoReply", PROMOTION_WELCOME)));
		assertThat(promotion.status()).as(promotion.body()).isEqualTo(201);
		mei.presence(Presence.BUSY);
		ChatScene.BuyerSide asking = scene.buyer(null);
		asking.sent("a1", "在吗，这款台灯护眼吗");
		ChatScene.BuyerSide buying = scene.buyer(null);
		buying.sent("b1", "[商品] " + lamp.title() + " ¥259.00");

		JsonNode queue = mei.conversations("WAITING");
		assertThat(queue).extracting(c -> c.get("buyerNick").asString()).containsExactly(buying.nick(), asking.nick());
		assertThat(queue).extracting(c -> c.get("buying").asBoolean()).containsExactly(true, false);
		JsonNode live = boss.api().get("/api/v1/shops/" + scene.shopId + "/live").json();
		assertThat(live.get("queue"))
			.extracting(q -> q.get("buyerNick").asString(), q -> q.get("position").asInt(),
					q -> q.get("buying").asBoolean())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(buying.nick(), 1, true),
					org.assertj.core.groups.Tuple.tuple(asking.nick(), 2, false));
		assertThat(buying.after(0).get("conversation").get("queuePosition").asInt()).isEqualTo(1);
		assertThat(asking.after(0).get("conversation").get("queuePosition").asInt()).isEqualTo(2);

		mei.presence(Presence.ONLINE);

		JsonNode mine = mei.conversations("MINE");
		assertThat(mine).extracting(c -> c.get("buyerNick").asString()).contains(buying.nick());
		JsonNode transcript = buying.after(0).get("messages");
		assertThat(transcript).extracting(m -> m.get("content").asString()).contains(PROMOTION_WELCOME);
		long conversation = 0;
		for (JsonNode c : mine) {
			if (c.get("buyerNick").asString().equals(buying.nick())) {
				conversation = c.get("id").asLong();
			}
		}
		JsonNode asked = mei.api().get("/api/v1/agent/conversations/" + conversation + "/products").json();
		assertThat(asked).singleElement().satisfies(product -> {
			assertThat(product.get("productId").asLong()).isEqualTo(lamp.id().value());
			assertThat(product.get("source").asString()).isEqualTo("CARD");
		});
	}

}
