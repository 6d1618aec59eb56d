package io.kefu.reception;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.kefu.access.Role;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop of its own for one test, with its people, and the buyer's and agents' sides of
 * live chat spoken over real HTTP: tests in one application context never see each
 * other's queue.
 */
final class ChatScene {

	private static final AtomicInteger SCENES = new AtomicInteger();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final Shop shop;

	final long shopId;

	private final String prefix;

	private final Staff staff;

	private final ApiClient api;

	ChatScene(Shops shops, Staff staff, ApiClient api) {
		this.prefix = "s" + SCENES.incrementAndGet() + "-";
		this.shop = shops.open(NewShop.of("聊天测试店" + prefix, Platform.OWN_SITE));
		this.shopId = shop.id().value();
		this.staff = staff;
		this.api = api;
	}

	AgentSide preSales(String name) {
		return hire(name, Role.PRE_SALES, SkillGroup.PRE_SALES, null);
	}

	AgentSide afterSales(String name) {
		return hire(name, Role.AFTER_SALES, SkillGroup.AFTER_SALES, null);
	}

	AgentSide newlyCertifiedAfterSales(String name, LocalDate certifiedOn) {
		return hire(name, Role.AFTER_SALES, SkillGroup.AFTER_SALES, certifiedOn);
	}

	/** A pre-sales agent not yet certified (上岗): in training. */
	AgentSide trainee(String name) {
		String username = prefix + name;
		Agent agent = staff.hire(ShopId.of(shopId), new AgentDraft(name, username, Set.of(Role.PRE_SALES),
				SkillGroup.PRE_SALES, Certification.TRAINEE, null, true),
				Optional.of(new Staff.Credentials(username, PASSWORD)));
		return new AgentSide(agent.id().value(), name, api.as(username, PASSWORD));
	}

	/** The username an agent hired here under this name signs in with. */
	String username(String name) {
		return prefix + name;
	}

	AgentSide supervisor(String name) {
		return hire(name, Role.SUPERVISOR, null, null);
	}

	AgentSide person(String name, Role role) {
		return hire(name, role, null, null);
	}

	private AgentSide hire(String name, Role role, SkillGroup group, LocalDate certifiedOn) {
		String username = prefix + name;
		Agent agent = staff.hire(ShopId.of(shopId),
				new AgentDraft(name, username, Set.of(role), group, Certification.CERTIFIED, certifiedOn, true),
				Optional.of(new Staff.Credentials(username, PASSWORD)));
		return new AgentSide(agent.id().value(), name, api.as(username, PASSWORD));
	}

	static String json(Map<String, ?> fields) {
		return JSON.writeValueAsString(fields);
	}

	BuyerSide buyer(String nickname) {
		ApiClient.Reply started = api.post("/api/v1/shops/" + shopId + "/visitor-sessions",
				nickname == null ? "{}" : "{\"nickname\": \"" + nickname + "\"}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		JsonNode session = started.json();
		return new BuyerSide(session.get("buyerId").asLong(), session.get("token").asString(),
				session.get("nickname").asString(), api.bearer(session.get("token").asString()));
	}

	/** An agent calling the API with HTTP Basic. */
	record AgentSide(long id, String name, ApiClient api) {

		JsonNode presence(Presence presence) {
			ApiClient.Reply reply = api.put("/api/v1/agent/presence", "{\"presence\": \"" + presence + "\"}");
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			return reply.json();
		}

		JsonNode conversations(String view) {
			ApiClient.Reply reply = api.get("/api/v1/agent/conversations?view=" + view);
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			return reply.json();
		}

		JsonNode onlyConversation() {
			JsonNode mine = conversations("MINE");
			assertThat(mine).as(mine.toString()).hasSize(1);
			return mine.get(0);
		}

		ApiClient.Reply reply(long conversationId, String clientId, String content) {
			return api.post("/api/v1/agent/conversations/" + conversationId + "/messages",
					json(Map.of("clientId", clientId, "content", content)));
		}

		ApiClient.Reply post(String path, String json) {
			return api.post(path, json);
		}

	}

	/** A buyer on the chat page, calling the visitor API with their token. */
	record BuyerSide(long buyerId, String token, String nick, ApiClient api) {

		ApiClient.Reply send(String clientId, String content) {
			return api.post("/api/v1/visitor/messages", json(Map.of("clientId", clientId, "content", content)));
		}

		ApiClient.Reply send(String clientId, String content, SkillGroup group) {
			return api.post("/api/v1/visitor/messages",
					json(Map.of("clientId", clientId, "content", content, "skillGroup", group.name())));
		}

		JsonNode sent(String clientId, String content) {
			ApiClient.Reply reply = send(clientId, content);
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			return reply.json();
		}

		JsonNode after(int seq) {
			ApiClient.Reply reply = api.get("/api/v1/visitor/messages?after=" + seq);
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			return reply.json();
		}

	}

}
