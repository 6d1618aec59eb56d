package io.kefu.reception;

import java.time.LocalDate;

import io.kefu.access.Role;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.training.Enrolment;
import io.kefu.training.HireClass;
import io.kefu.training.Trainees;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervised reception (跟岗接待) over real HTTP: an agent in training is given real buyers
 * from their plan's supervised-reception day, with a mentor, up to the shop's training
 * cap; the mentor watches their conversations and takes one over; nobody else does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisedReceptionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Trainees trainees;

	ChatScene scene;

	ChatScene.AgentSide newcomer;

	ChatScene.AgentSide mentor;

	ChatScene.AgentSide colleague;

	LocalDate today;

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		newcomer = scene.trainee("小糖");
		mentor = scene.preSales("小美");
		colleague = scene.preSales("阿宁");
		today = scene.shop.businessDay(java.time.Instant.now());
	}

	/** Enrols the newcomer as a novice whose training day today is {@code day}. */
	private void enrolOnDay(int day, boolean withMentor) {
		trainees.enrol(scene.shop.id(), new Enrolment(AgentId.of(newcomer.id()), HireClass.NOVICE,
				today.minusDays(day - 1L), withMentor ? AgentId.of(mentor.id()) : null));
	}

	private long buyerWrites(String nick) {
		ChatScene.BuyerSide buyer = scene.buyer(nick);
		return buyer.sent("c-" + nick, "这款台灯有现货吗").get("conversationId").asLong();
	}

	@Test
	void aNoviceOnDayThreeWithAMentorIsGivenBuyers() {
		enrolOnDay(3, true);
		newcomer.presence(Presence.ONLINE);

		buyerWrites("b1");

		assertThat(newcomer.conversations("MINE")).hasSize(1);
	}

	@Test
	void aNoviceBeforeSupervisedReceptionOrWithoutAMentorIsGivenNone() {
		enrolOnDay(2, true);
		newcomer.presence(Presence.ONLINE);
		buyerWrites("b1");
		assertThat(newcomer.conversations("MINE")).as("day 2: still learning").isEmpty();

		ChatScene.AgentSide another = scene.trainee("小新");
		trainees.enrol(scene.shop.id(),
				new Enrolment(AgentId.of(another.id()), HireClass.NOVICE, today.minusDays(3), null));
		another.presence(Presence.ONLINE);
		buyerWrites("b2");
		assertThat(another.conversations("MINE")).as("day 4 without a mentor").isEmpty();
	}

	@Test
	void theTraineeTakesNoMoreThanTheTrainingCapAtOnce() {
		enrolOnDay(3, true);
		ApiClient.Reply cap = scene.supervisor("主管")
			.api()
			.put("/api/v1/shops/" + scene.shopId + "/settings/training", "{\"supervisedCap\": 2}");
		assertThat(cap.status()).as(cap.body()).isEqualTo(200);
		newcomer.presence(Presence.ONLINE);

		for (int i = 1; i <= 4; i++) {
			buyerWrites("b" + i);
		}

		assertThat(newcomer.conversations("MINE")).hasSize(2);
		assertThat(newcomer.presence(Presence.ONLINE).get("cap").asInt()).isEqualTo(2);
	}

	@Test
	void theMentorWatchesAndTakesOverTheTraineesConversation() {
		enrolOnDay(3, true);
		newcomer.presence(Presence.ONLINE);
		long conversation = buyerWrites("b1");

		JsonNode watched = mentor.conversations("MENTEES");
		assertThat(watched).extracting(c -> c.get("id").asLong()).containsExactly(conversation);
		assertThat(colleague.conversations("MENTEES")).isEmpty();
		assertThat(colleague.post("/api/v1/agent/conversations/" + conversation + "/take-over", "{}").status())
			.as("not their mentee")
			.isEqualTo(403);

		ApiClient.Reply taken = mentor.post("/api/v1/agent/conversations/" + conversation + "/take-over", "{}");

		assertThat(taken.status()).as(taken.body()).isEqualTo(200);
		assertThat(taken.json().get("agentId").asLong()).isEqualTo(mentor.id());
		assertThat(taken.json().get("handovers").get(0).get("note").asString()).isEqualTo("带教接管");
		assertThat(newcomer.conversations("MINE")).isEmpty();
	}

	@Test
	void theTrainingSettingsAreTheTrainersAndSupervisors() {
		String path = "/api/v1/shops/" + scene.shopId + "/settings/training";
		ChatScene.AgentSide trainer = scene.person("培训", Role.TRAINER);

		assertThat(trainer.api().get(path).json().get("supervisedCap").asInt()).as("the default").isEqualTo(5);
		assertThat(colleague.api().get(path).status()).isEqualTo(403);
		assertThat(colleague.api().put(path, "{\"supervisedCap\": 9}").status()).isEqualTo(403);
		ApiClient.Reply tooMany = trainer.api().put(path, "{\"supervisedCap\": 51}");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("supervisedCap");
		assertThat(trainer.api().put(path, "{}").status()).isEqualTo(400);
		assertThat(trainer.api().put(path, "{\"supervisedCap\": 3}").json().get("supervisedCap").asInt()).isEqualTo(3);
		assertThat(trainer.api().get(path).json().get("supervisedCap").asInt()).isEqualTo(3);
	}

}
