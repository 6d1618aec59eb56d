package io.kefu.training;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
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

/**
 * Trainees over real HTTP: the trainer enrols a new agent into their class's plan, the
 * trainee reads it and ticks their own tasks, and nobody else reads or changes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	Agent trainer;

	Agent newcomer;

	Agent senior;

	Agent other;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("培训店" + suffix);
		trainer = fixture.account(shop, "px-t" + suffix, Role.TRAINER);
		newcomer = fixture.trainee(shop, "px-new" + suffix);
		senior = fixture.account(shop, "px-sr" + suffix, Role.PRE_SALES);
		other = fixture.account(shop, "px-o" + suffix, Role.PRE_SALES);
	}

	private ApiClient as(Agent agent) {
		return ApiClient.anonymous(port).as(agent.username(), ShopFixture.PASSWORD);
	}

	private String trainees() {
		return "/api/v1/shops/" + shop.id() + "/trainees";
	}

	private ApiClient.Reply enrol(Agent who, String hireClass) {
		return as(trainer).post(trainees(), """
				{"username":"%s","hireClass":"%s","start":"2026-12-03","mentor":"%s"}""".formatted(who.username(),
				hireClass, senior.username()));
	}

	@Test
	void theTrainerEnrolsANoviceIntoTheFiveDayPlan() {
		ApiClient.Reply enrolled = enrol(newcomer, "NOVICE");

		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		JsonNode trainee = enrolled.json();
		assertThat(trainee.get("id").asLong()).isPositive();
		assertThat(trainee.get("agent").asString()).isEqualTo(newcomer.username());
		assertThat(trainee.get("mentor").asString()).isEqualTo(senior.username());
		JsonNode days = trainee.get("plan").get("days");
		assertThat(days).hasSize(5);
		assertThat(days.get(0).get("date").asString()).isEqualTo("2026-12-03");
		assertThat(days.get(4).get("tasks")).extracting(task -> task.get("kind").asString())
			.containsExactly("MYSTERY_SHOPPER", "CERTIFICATION");
		assertThat(days.get(0).get("tasks")).extracting(task -> task.get("status").asString()).containsOnly("TODO");
		assertThat(as(trainer).get(trainees()).json()).extracting(row -> row.get("id").asLong())
			.contains(trainee.get("id").asLong());
		assertThat(enrol(newcomer, "NOVICE").status()).as("in training already").isEqualTo(409);
	}

	@Test
	void badEnrolmentsAreRefusedNamingTheField() {
		ApiClient.Reply certified = enrol(other, "NOVICE");
		ApiClient.Reply hireClass = enrol(newcomer, "GENIUS");
		ApiClient.Reply start = as(trainer).post(trainees(), """
				{"username":"%s","hireClass":"NOVICE","start":"12/03"}""".formatted(newcomer.username()));
		ApiClient.Reply mentor = as(trainer).post(trainees(), """
				{"username":"%s","hireClass":"NOVICE","start":"2026-12-03","mentor":"%s"}"""
			.formatted(newcomer.username(), newcomer.username()));

		assertThat(certified.status()).isEqualTo(400);
		assertThat(certified.body()).contains("username");
		String trainerItself = "{\"username\":\"%s\",\"hireClass\":\"NOVICE\",\"start\":\"2026-12-03\"}"
			.formatted(trainer.username());
		ApiClient.Reply notAnAgent = as(trainer).post(trainees(), trainerItself);
		assertThat(notAnAgent.status()).isEqualTo(400);
		assertThat(notAnAgent.body()).contains("serves no buyers");
		assertThat(hireClass.status()).isEqualTo(400);
		assertThat(hireClass.body()).contains("hireClass");
		assertThat(start.status()).isEqualTo(400);
		assertThat(start.body()).contains("start");
		assertThat(mentor.status()).isEqualTo(400);
		assertThat(mentor.body()).contains("mentor");
		assertThat(as(trainer).get(trainees()).json()).as("nothing enrolled").isEmpty();
	}

	@Test
	void theTraineeTicksTheirOwnTasksButNotTheTrainers() {
		JsonNode trainee = enrol(newcomer, "NOVICE").json();
		long id = trainee.get("id").asLong();
		JsonNode days = trainee.get("plan").get("days");
		long read = days.get(0).get("tasks").get(0).get("id").asLong();
		long certification = days.get(4).get("tasks").get(1).get("id").asLong();

		JsonNode ticked = as(newcomer).post("/api/v1/trainees/" + id + "/tasks/" + read, "{\"done\":true}").json();

		JsonNode task = ticked.get("plan").get("days").get(0).get("tasks").get(0);
		assertThat(task.get("status").asString()).isEqualTo("DONE");
		assertThat(task.get("doneBy").asString()).isEqualTo(newcomer.username());
		assertThat(ticked.get("done").asLong()).isEqualTo(1);
		assertThat(as(newcomer).post("/api/v1/trainees/" + id + "/tasks/" + certification, "{\"done\":true}").status())
			.isEqualTo(403);
		assertThat(as(trainer).post("/api/v1/trainees/" + id + "/tasks/" + certification, "{\"done\":true}").status())
			.isEqualTo(200);
		assertThat(as(newcomer).post("/api/v1/trainees/" + id + "/tasks/999999999", "{\"done\":true}").status())
			.isEqualTo(404);
	}

	@Test
	void theTraineeCannotTickAQuizOrATypingTestWithoutPassingIt() {
		JsonNode trainee = enrol(newcomer, "NOVICE").json();
		long id = trainee.get("id").asLong();
		JsonNode days = trainee.get("plan").get("days");
		long typing = days.get(0).get("tasks").get(2).get("id").asLong();
		long quiz = days.get(1).get("tasks").get(1).get("id").asLong();

		assertThat(as(newcomer).post("/api/v1/trainees/" + id + "/tasks/" + typing, "{\"done\":true}").status())
			.isEqualTo(403);
		assertThat(as(newcomer).post("/api/v1/trainees/" + id + "/tasks/" + quiz, "{\"done\":true}").status())
			.isEqualTo(403);
		assertThat(as(trainer).post("/api/v1/trainees/" + id + "/tasks/" + quiz, "{\"done\":true}").status())
			.as("the trainer may, e.g. for a test taken on paper")
			.isEqualTo(200);
	}

	@Test
	void theTrainersDecisionCertifiesExtendsOrEndsTheTraining() {
		long id = enrol(newcomer, "NOVICE").json().get("id").asLong();
		String decide = "/api/v1/trainees/" + id + "/certification";

		assertThat(as(newcomer).post(decide, "{\"decision\":\"CERTIFY\",\"reason\":\"我自己觉得行\"}").status())
			.isEqualTo(403);
		assertThat(as(trainer).post(decide, "{\"decision\":\"CERTIFY\",\"reason\":\" \"}").status()).isEqualTo(400);
		assertThat(as(trainer).post(decide, "{\"decision\":\"PROMOTE\",\"reason\":\"好\"}").body()).contains("decision");
		JsonNode extended = as(trainer).post(decide, "{\"decision\":\"EXTEND\",\"reason\":\"议价还不熟\"}").json();
		assertThat(extended.get("length").asInt()).isEqualTo(6);
		assertThat(extended.get("status").asString()).isEqualTo("IN_TRAINING");

		JsonNode certified = as(trainer).post(decide, "{\"decision\":\"CERTIFY\",\"reason\":\"神秘顾客考核通过\"}").json();

		assertThat(certified.get("status").asString()).isEqualTo("CERTIFIED");
		assertThat(certified.get("decisions")).extracting(decision -> decision.get("decision").asString())
			.containsExactly("EXTEND", "CERTIFY");
		assertThat(certified.get("decisions").get(1).get("by").asString()).isEqualTo(trainer.username());
		assertThat(staff.find(newcomer.id())).hasValueSatisfying(agent -> {
			assertThat(agent.certification()).isEqualTo(Certification.CERTIFIED);
			assertThat(agent.certifiedOn()).isNotNull();
			assertThat(agent.skillGroup()).isEqualTo(SkillGroup.PRE_SALES);
		});
		assertThat(as(trainer).post(decide, "{\"decision\":\"NOT_SUITABLE\",\"reason\":\"改主意\"}").status())
			.as("an ended training")
			.isEqualTo(409);
		String mentor = "{\"mentor\":\"%s\"}".formatted(other.username());
		assertThat(as(trainer).put("/api/v1/trainees/" + id + "/mentor", mentor).status()).isEqualTo(409);
		long task = certified.get("plan").get("days").get(0).get("tasks").get(0).get("id").asLong();
		assertThat(as(newcomer).post("/api/v1/trainees/" + id + "/tasks/" + task, "{\"done\":true}").status())
			.isEqualTo(409);
	}

	@Test
	void onlyTheTrainerTheTraineeAndTheMentorReadThePlan() {
		long id = enrol(newcomer, "EXPERIENCED").json().get("id").asLong();
		String path = "/api/v1/trainees/" + id;

		assertThat(as(newcomer).get(path).status()).isEqualTo(200);
		assertThat(as(senior).get(path).status()).as("the mentor").isEqualTo(200);
		assertThat(as(other).get(path).status()).isEqualTo(403);
		assertThat(as(other).get(trainees()).status()).isEqualTo(403);
		assertThat(as(newcomer).post(trainees(), """
				{"username":"%s","hireClass":"NOVICE","start":"2026-12-03"}""".formatted(other.username())).status())
			.isEqualTo(403);
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		Shop elsewhere = fixture.shop("别的店" + System.nanoTime());
		Agent stranger = fixture.account(elsewhere, "px-x" + System.nanoTime(), Role.TRAINER);
		assertThat(as(stranger).get(path).status()).as("another shop's trainee is unknown").isEqualTo(404);
		assertThat(as(stranger).get(trainees()).status()).isEqualTo(403);
	}

}
