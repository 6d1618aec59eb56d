package io.kefu.reception;

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

/** The workbench's reception-flow tracker over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class ReceptionFlowApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	ChatScene scene;

	ChatScene.AgentSide mei;

	long conversationId;

	@BeforeEach
	void aBuyerGreetedAndAsked() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小王");
		conversationId = buyer.sent("c1", "老板，这款台灯有货吗").get("conversationId").asLong();
		assertThat(mei.reply(conversationId, "a1", "您好，在的，请问是给孩子写作业用吗？").status()).isEqualTo(200);
	}

	@Test
	void theStepsReachedAreReadFromWhatWasSaidAndTheNextStepFollows() {
		JsonNode flow = flow(mei);

		assertThat(flow.get("reached")).extracting(JsonNode::asString).containsExactly("GREETING", "QUESTIONING");
		assertThat(flow.get("current").asString()).isEqualTo("QUESTIONING");
		assertThat(flow.get("next").asString()).isEqualTo("ANALYSIS");
		assertThat(flow.get("corrected").asBoolean()).isFalse();
	}

	@Test
	void theAgentCorrectsTheStepAndTheCorrectionIsKept() {
		ApiClient.Reply corrected = mei.api().put(path(), "{\"step\": \"HELP\"}");

		assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
		JsonNode flow = flow(mei);
		assertThat(flow.get("current").asString()).isEqualTo("HELP");
		assertThat(flow.get("next").asString()).isEqualTo("VERIFICATION");
		assertThat(flow.get("corrected").asBoolean()).isTrue();
	}

	@Test
	void onlyTheConversationsAgentOrASupervisorCorrectsIt() {
		ChatScene.AgentSide yu = scene.preSales("小雨");
		ChatScene.AgentSide boss = scene.supervisor("王主管");

		assertThat(yu.api().put(path(), "{\"step\": \"HELP\"}").status()).isEqualTo(403);
		assertThat(boss.api().put(path(), "{\"step\": \"FAREWELL\"}").status()).isEqualTo(200);
		assertThat(mei.api().put(path(), "{}").status()).isEqualTo(400);
		assertThat(mei.api().put(path(), "{\"step\": \"DANCING\"}").status()).isEqualTo(400);
	}

	@Test
	void anotherShopsAgentCannotReadIt() {
		ChatScene other = new ChatScene(shops, staff, ApiClient.anonymous(port));

		assertThat(other.preSales("小青").api().get(path()).status()).isIn(403, 404);
	}

	private String path() {
		return "/api/v1/agent/conversations/" + conversationId + "/flow";
	}

	private JsonNode flow(ChatScene.AgentSide agent) {
		ApiClient.Reply reply = agent.api().get(path());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

}
