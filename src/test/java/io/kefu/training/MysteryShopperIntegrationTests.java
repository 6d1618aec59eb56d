package io.kefu.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.reception.Messages;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mystery shopper end to end over real HTTP: the trainer starts a session, the
 * persona's buyer reaches the (uncertified, offline) trainee's workbench like any buyer,
 * answers each of the trainee's replies along its script, and the ended session's report
 * has the flow, the response times, the quality hits and the rubric.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MysteryShopperIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Messages messages;

	ShopFixture fixture;

	Shop shop;

	Agent trainer;

	Agent newcomer;

	Agent other;

	long traineeId;

	@BeforeEach
	void enrolANewcomer() {
		fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("神秘顾客店" + suffix);
		fixture.lamp(shop, "护眼台灯");
		trainer = fixture.account(shop, "sm-t" + suffix, Role.TRAINER);
		newcomer = fixture.trainee(shop, "sm-new" + suffix);
		other = fixture.account(shop, "sm-o" + suffix, Role.PRE_SALES);
		traineeId = as(trainer).post("/api/v1/shops/" + shop.id() + "/trainees", """
				{"username":"%s","hireClass":"NOVICE","start":"2026-12-03"}""".formatted(newcomer.username()))
			.json()
			.get("id")
			.asLong();
	}

	private ApiClient as(Agent agent) {
		return ApiClient.anonymous(port).as(agent.username(), ShopFixture.PASSWORD);
	}

	private ApiClient.Reply start(Agent who, long trainee, String persona) {
		return as(who).post("/api/v1/shops/" + shop.id() + "/mystery-sessions",
				"{\"trainee\":%d,\"persona\":\"%s\"}".formatted(trainee, persona));
	}

	private JsonNode session(long id) {
		return as(trainer).get("/api/v1/mystery-sessions/" + id).json();
	}

	private List<String> buyerLines(long id) {
		return session(id).get("messages")
			.valueStream()
			.filter(line -> line.get("from").asString().equals("BUYER"))
			.map(line -> line.get("content").asString())
			.toList();
	}

	private void reply(long conversationId, String content) {
		ApiClient.Reply sent = as(newcomer).post("/api/v1/agent/conversations/" + conversationId + "/messages",
				"{\"content\":\"%s\"}".formatted(content));
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
	}

	private void awaitBuyerLines(long id, int count) {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(buyerLines(id)).hasSize(count));
	}

	@Test
	void thePersonaChatsWithTheTraineeThroughTheWorkbenchAndTheReportScoresIt() {
		ApiClient.Reply started = start(trainer, traineeId, "BARGAINER");

		assertThat(started.status()).as(started.body()).isEqualTo(201);
		long id = started.json().get("id").asLong();
		assertThat(started.json().get("mode").asString()).isEqualTo("AUTO");
		assertThat(started.json().get("product").asString()).isEqualTo("护眼台灯");
		assertThat(buyerLines(id)).containsExactly("在吗？护眼台灯能便宜点吗？");
		JsonNode mine = as(newcomer).get("/api/v1/agent/conversations").json();
		assertThat(mine).as("the uncertified trainee has the buyer").hasSize(1);
		long conversationId = mine.get(0).get("id").asLong();

		reply(conversationId, "亲，您好！");
		reply(conversationId, "我们是统一定价的，很抱歉哦");
		awaitBuyerLines(id, 2);
		assertThat(buyerLines(id).get(1)).isEqualTo("别家比你们便宜多了，真的一点都不能少？");
		reply(conversationId, "我们是厂家直销，质量有保障，推荐您放心拍下");
		awaitBuyerLines(id, 3);
		assertThat(buyerLines(id)).as("a burst of replies is answered once").hasSize(3);
		assertThat(buyerLines(id).get(2)).isEqualTo("好吧，质量有保障就行，我拍了。");
		reply(conversationId, "好的!!帮您核对一下收货地址，感谢您的支持，祝您生活愉快");
		JsonNode ended = as(trainer).post("/api/v1/mystery-sessions/" + id + "/end", "{}").json();

		assertThat(ended.get("status").asString()).isEqualTo("ENDED");
		assertThat(ended.get("scriptEnded").asBoolean()).isTrue();
		JsonNode report = ended.get("report");
		assertThat(report.get("steps")).extracting(JsonNode::asString)
			.contains("GREETING", "RECOMMENDATION", "NEGOTIATION", "VERIFICATION", "FAREWELL");
		assertThat(report.get("stepsTotal").asInt()).isEqualTo(8);
		assertThat(report.get("replies").asInt()).isEqualTo(3);
		assertThat(report.get("firstResponseSeconds").isNumber()).isTrue();
		assertThat(report.get("longestResponseSeconds").asLong())
			.isGreaterThanOrEqualTo(report.get("averageResponseSeconds").asLong());
		assertThat(report.get("hits")).extracting(hit -> hit.get("rule").asString()).contains("HARSH_PUNCTUATION");
		assertThat(report.get("qualityScore").asInt()).isLessThan(100);
		assertThat(as(newcomer).get("/api/v1/agent/conversations").json()).as("the conversation is closed").isEmpty();
		assertThat(as(trainer).post("/api/v1/mystery-sessions/" + id + "/end", "{}").status()).isEqualTo(409);
		Instant now = Instant.now();
		List<Object> threads = new ArrayList<>();
		messages.forEachThread(shop.id(), now.minusSeconds(3600), now.plusSeconds(60), List.of(), threads::add);
		assertThat(threads).as("the mystery buyer is no real buyer in the figures").isEmpty();
		assertThat(messages.consultingBuyersBetween(shop.id(), now.minusSeconds(3600), now.plusSeconds(60))).isZero();
	}

	@Test
	void theRubricOfAnEndedSessionTicksTheMysteryShopperTask() {
		long id = start(trainer, traineeId, "SHIPPING").json().get("id").asLong();
		as(trainer).post("/api/v1/mystery-sessions/" + id + "/end", "{}");

		ApiClient.Reply bad = as(trainer).put("/api/v1/mystery-sessions/" + id + "/rubric",
				"{\"productKnowledge\":6,\"adaptability\":3,\"wording\":3,\"attitude\":3}");
		JsonNode rated = as(trainer)
			.put("/api/v1/mystery-sessions/" + id + "/rubric",
					"{\"productKnowledge\":4,\"adaptability\":3,\"wording\":5,\"attitude\":5,\"comment\":\"运费说得清楚\"}")
			.json();

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("productKnowledge");
		assertThat(rated.get("report").get("rubric").get("wording").asInt()).isEqualTo(5);
		JsonNode plan = as(trainer).get("/api/v1/trainees/" + traineeId).json().get("plan");
		List<String> mystery = plan.get("days")
			.valueStream()
			.flatMap(day -> day.get("tasks").valueStream())
			.filter(task -> task.get("kind").asString().equals("MYSTERY_SHOPPER"))
			.map(task -> task.get("status").asString())
			.toList();
		assertThat(mystery).containsExactly("DONE");
	}

	@Test
	void theTrainerPlaysTheBuyerByHandInAManualSession() {
		ApiClient.Reply started = as(trainer).post("/api/v1/shops/" + shop.id() + "/mystery-sessions",
				"{\"trainee\":%d,\"persona\":\"ANGRY_AFTER_SALES\",\"mode\":\"MANUAL\"}".formatted(traineeId));
		long id = started.json().get("id").asLong();
		assertThat(buyerLines(id)).as("nothing said until the trainer writes").isEmpty();

		ApiClient.Reply said = as(trainer).post("/api/v1/mystery-sessions/" + id + "/buyer-messages",
				"{\"content\":\"台灯收到就是坏的！\"}");

		assertThat(said.status()).as(said.body()).isEqualTo(200);
		long conversationId = as(newcomer).get("/api/v1/agent/conversations").json().get(0).get("id").asLong();
		reply(conversationId, "非常抱歉，麻烦您拍张照片");
		assertThat(buyerLines(id)).containsExactly("台灯收到就是坏的！");
		JsonNode lines = session(id).get("messages");
		assertThat(lines.get(lines.size() - 1).get("from").asString()).isEqualTo("TRAINEE");
		assertThat(
				as(trainer).post("/api/v1/mystery-sessions/" + id + "/buyer-messages", "{\"content\":\" \"}").status())
			.isEqualTo(400);
		long auto = start(trainer, traineeId, "BARGAINER").status();
		assertThat(auto).as("one running session per trainee").isEqualTo(409);
	}

	@Test
	void onlyTheTrainerAndSupervisorsOfTheShopStartSessions() {
		assertThat(start(other, traineeId, "BARGAINER").status()).isEqualTo(403);
		assertThat(start(newcomer, traineeId, "BARGAINER").status()).isEqualTo(403);
		assertThat(start(trainer, traineeId, "CHATTERBOX").body()).contains("persona");
		Shop elsewhere = fixture.shop("别的店" + System.nanoTime());
		Agent stranger = fixture.account(elsewhere, "sm-x" + System.nanoTime(), Role.TRAINER);
		ApiClient.Reply foreign = as(stranger).post("/api/v1/shops/" + elsewhere.id() + "/mystery-sessions",
				"{\"trainee\":%d,\"persona\":\"BARGAINER\"}".formatted(traineeId));
		assertThat(foreign.status()).as("another shop's trainee is unknown").isEqualTo(404);
		long id = start(trainer, traineeId, "OUT_OF_STOCK").json().get("id").asLong();
		assertThat(as(other).get("/api/v1/mystery-sessions/" + id).status()).isEqualTo(403);
		assertThat(as(stranger).get("/api/v1/mystery-sessions/" + id).status()).isEqualTo(404);
		assertThat(session(id).get("sku").asString()).as("the out-of-stock SKU").isEqualTo("黑色 插电款");
		as(trainer).post("/api/v1/mystery-sessions/" + id + "/end", "{}");
		as(trainer).post("/api/v1/trainees/" + traineeId + "/certification",
				"{\"decision\":\"NOT_SUITABLE\",\"reason\":\"不适合\"}");
		assertThat(start(trainer, traineeId, "BARGAINER").status()).as("an ended training").isEqualTo(409);
	}

}
