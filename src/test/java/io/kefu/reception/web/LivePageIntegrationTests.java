package io.kefu.reception.web;

import io.kefu.access.Role;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.WebSession;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's live view over real HTTP, with a buyer queued and one being served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LivePageIntegrationTests {

	private static final String PASSWORD = "live-page-password";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	Shop shop;

	String prefix;

	@BeforeEach
	void openShop() {
		prefix = "live" + System.nanoTime() % 1_000_000 + "-";
		shop = shops.open(NewShop.of("监控测试店" + prefix, Platform.OWN_SITE));
	}

	@Test
	void theSupervisorSeesWhoIsAtTheDeskTheQueueAndTheOpenConversations() {
		ApiClient boss = hire("王主管", Role.SUPERVISOR, null);
		ApiClient mei = hire("小美", Role.PRE_SALES, SkillGroup.PRE_SALES);
		assertThat(mei.put("/api/v1/agent/presence", "{\"presence\": \"ONLINE\"}").status()).isEqualTo(200);
		assertThat(boss.put("/api/v1/shops/" + shop.id() + "/settings/chat", settingsWithCap(boss, 1)).status())
			.isEqualTo(200);
		visitorSays("在吗，想问问台灯");
		visitorSays("有人吗");

		WebSession.Reply page = html("王主管", "/shops/" + shop.id() + "/live");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("实时监控", "小美", "在线", "1 / 1", "排队", "进行中的会话")
			.containsPattern("data-stat=\"queued\">1<")
			.containsPattern("data-stat=\"held\">1<");
		assertThat(html("王主管", "/shops/" + shop.id() + "/live/board").body()).contains("id=\"live-board\"")
			.doesNotContain("<html");
	}

	@Test
	void anAgentMayNotWatchTheDesk() {
		hire("小美", Role.PRE_SALES, SkillGroup.PRE_SALES);

		assertThat(html("小美", "/shops/" + shop.id() + "/live").status()).isEqualTo(403);
		assertThat(html("小美", "/shops/" + shop.id() + "/live/board").status()).isEqualTo(403);
	}

	private ApiClient hire(String name, Role role, SkillGroup group) {
		String username = prefix + name;
		staff.hire(shop.id(), new AgentDraft(name, username, Set.of(role), group, Certification.CERTIFIED, null, true),
				Optional.of(new Staff.Credentials(username, PASSWORD)));
		return ApiClient.anonymous(port).as(username, PASSWORD);
	}

	/** A page as a browser asks for it, signed in through the sign-in form. */
	private WebSession.Reply html(String name, String path) {
		return WebSession.signIn(port, prefix + name, PASSWORD).get(path);
	}

	private void visitorSays(String text) {
		ApiClient anonymous = ApiClient.anonymous(port);
		String token = anonymous.post("/api/v1/shops/" + shop.id() + "/visitor-sessions", "{}")
			.json()
			.get("token")
			.asString();
		assertThat(anonymous.bearer(token)
			.post("/api/v1/visitor/messages", "{\"clientId\": \"c1\", \"content\": \"" + text + "\"}")
			.status()).isEqualTo(200);
	}

	private String settingsWithCap(ApiClient boss, int cap) {
		String current = boss.get("/api/v1/shops/" + shop.id() + "/settings/chat").body();
		return current.replaceFirst("\"concurrencyCap\":\\s*\\d+", "\"concurrencyCap\": " + cap);
	}

}
