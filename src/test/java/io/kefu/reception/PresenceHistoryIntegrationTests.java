package io.kefu.reception;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of presence is kept, however it comes about: the agent's choice, Kefu
 * setting them away when they are no longer seen (after two seconds here) and back when
 * they are, and signing out; and read back as the spans at the desk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PresenceFollowsConnectionIntegrationTests.AWAY_AFTER,
				PresenceFollowsConnectionIntegrationTests.CHECK_EVERY, VisitorLimitsIntegrationTests.SESSIONS,
				VisitorLimitsIntegrationTests.QUEUED })
class PresenceHistoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PresenceHistory history;

	ChatScene scene;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
	}

	@Test
	void eachChangeTheAgentMakesIsKeptOnceAndBusyStaysAtTheDesk() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		Instant before = Instant.now();

		mei.presence(Presence.ONLINE);
		mei.presence(Presence.BUSY);
		mei.presence(Presence.BUSY);
		mei.presence(Presence.AWAY);
		mei.presence(Presence.ONLINE);
		mei.presence(Presence.OFFLINE);

		assertThat(changes(mei)).containsExactly("ONLINE", "BUSY", "AWAY", "ONLINE", "OFFLINE");
		List<PresenceSpan> spans = history.of(scene.shop.id(), AgentId.of(mei.id()), before,
				Instant.now().plusSeconds(60));
		assertThat(spans).hasSize(2);
		assertThat(spans.get(0).to()).isEqualTo(at(mei, "AWAY"));
		assertThat(spans.get(1).from()).isEqualTo(at(mei, "ONLINE", 1));
		assertThat(spans.get(1).to()).isEqualTo(at(mei, "OFFLINE"));
	}

	@Test
	void kefuSettingAnUnseenAgentAwayAndBringingThemBackIsKept() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> changes(mei), changes -> changes.contains("AWAY"));
		// her own call is a sign of life: Kefu gives her back what she chose
		mei.conversations("MINE");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> changes(mei), changes -> changes.size() == 3);

		assertThat(changes(mei)).containsExactly("ONLINE", "AWAY", "ONLINE");
		assertThat(history.of(scene.shop.id(), null, at(mei, "ONLINE"), Instant.now().plusSeconds(60)))
			.filteredOn(span -> span.agent().value() == mei.id())
			.hasSize(2);
	}

	@Test
	void theShopsHistoryHasEveryAgentAndNoOtherShopsAgents() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide jie = scene.preSales("小杰");
		ChatScene elsewhere = new ChatScene(shops, staff, ApiClient.anonymous(port));
		ChatScene.AgentSide stranger = elsewhere.preSales("别人");
		Instant before = Instant.now();
		mei.presence(Presence.ONLINE);
		jie.presence(Presence.BUSY);
		stranger.presence(Presence.ONLINE);
		jie.presence(Presence.OFFLINE);
		mei.presence(Presence.OFFLINE);

		List<PresenceSpan> spans = history.of(scene.shop.id(), null, before, Instant.now().plusSeconds(60));

		assertThat(spans).extracting(span -> span.agent().value()).containsExactlyInAnyOrder(mei.id(), jie.id());
	}

	private List<String> changes(ChatScene.AgentSide agent) {
		return jdbc.sql("select presence from presence_history where agent_id = ? order by at, id")
			.param(agent.id())
			.query(String.class)
			.list();
	}

	private Instant at(ChatScene.AgentSide agent, String presence) {
		return at(agent, presence, 0);
	}

	private Instant at(ChatScene.AgentSide agent, String presence, int skip) {
		return jdbc.sql("select at from presence_history where agent_id = ? and presence = ? order by at, id")
			.params(agent.id(), presence)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.list()
			.get(skip);
	}

}
