package io.kefu.training;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.ingest.Imports;
import io.kefu.quality.Inspections;
import io.kefu.quality.ReviewedReception;
import io.kefu.shop.Products;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trainer reviews a trainee's transcripts through the quality review (培训人员查看聊天记录并
 * 指导): they read, annotate and score the receptions of an agent in training, but not a
 * certified agent's, and settle no disputes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TraineeTranscriptReviewIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Imports imports;

	@Autowired
	Inspections inspections;

	@Autowired
	Trainees trainees;

	@TempDir
	Path files;

	ReviewedReception day;

	Agent trainer;

	Trainee trainee;

	/** 小杰 is in training (since the day before the imported chats); 小美 is certified. */
	@BeforeEach
	void importADayWithATrainee() throws Exception {
		day = ReviewedReception.importInto(shops, products, staff, imports, inspections, files, "带教店");
		trainer = new ShopFixture(shops, products, staff).account(day.shop, "dj-t" + day.jie.username(), Role.TRAINER);
		Agent jie = day.jie;
		staff.revise(jie.id(), new AgentDraft(jie.displayName(), jie.displayName(), Set.of(Role.PRE_SALES),
				SkillGroup.PRE_SALES, Certification.TRAINEE, null, true));
		trainee = trainees.enrol(day.shop.id(),
				new Enrolment(jie.id(), HireClass.NOVICE, ReviewedReception.DAY.minusDays(1), null));
	}

	private ApiClient as(String username) {
		return ApiClient.anonymous(port).as(username, ShopFixture.PASSWORD);
	}

	@Test
	void theTrainerAnnotatesAndScoresATraineesReception() {
		String jies = day.path(inspections, day.jie);
		JsonNode review = as(trainer.username()).get(jies).json();
		long reply = review.get("transcript").get(1).get("messageId").asLong();

		ApiClient.Reply note = as(trainer.username()).post(jies + "/notes",
				"{\"messageId\": " + reply + ", \"text\": \"价格解释得好，可以再推荐一下活动\"}");
		ApiClient.Reply scorecard = as(trainer.username()).put(jies + "/scorecard",
				"{\"marks\": {\"GREETING\": 5}, \"comment\": \"问好及时\"}");

		assertThat(note.status()).as(note.body()).isEqualTo(201);
		assertThat(scorecard.status()).as(scorecard.body()).isEqualTo(200);
		assertThat(as(day.jie.username()).get(jies).json().get("scorecard").get("comment").asString())
			.isEqualTo("问好及时");
	}

	@Test
	void theTrainerMayNotReviewACertifiedAgentNorSettleDisputes() {
		String meis = day.path(inspections, day.mei);
		long hit = day.of(inspections, day.mei).hits().get(0).messageId();
		String rule = day.of(inspections, day.mei).hits().get(0).rule().name();

		assertThat(as(trainer.username()).get(meis).status()).isEqualTo(403);
		assertThat(
				as(trainer.username()).post(meis + "/notes", "{\"messageId\": " + hit + ", \"text\": \"x\"}").status())
			.isEqualTo(403);
		assertThat(as(trainer.username()).post(meis + "/hits/" + hit + "/" + rule + "/wrong", "{}").status())
			.isEqualTo(403);
		String jies = day.path(inspections, day.jie);
		assertThat(as(trainer.username()).post(jies + "/hits/1/RUDE/settlement", "{\"decision\": \"UPHOLD\"}").status())
			.as("disputes are the supervisor's")
			.isEqualTo(403);
	}

	@Test
	void onceCertifiedTheTraineesReceptionsAreTheSupervisorsAgain() {
		String jies = day.path(inspections, day.jie);
		assertThat(as(trainer.username()).get(jies).status()).isEqualTo(200);

		trainees.decide(trainee.id(), new Decision(Decision.Kind.CERTIFY, "接待合格", trainer.id(), Instant.now()));

		assertThat(as(trainer.username()).get(jies).status()).isEqualTo(403);
		assertThat(as(day.boss).get(jies).status()).isEqualTo(200);
	}

	@Test
	void theTraineesPageListsTheirReceptionsWithALinkToTheReview() throws Exception {
		String link = "/shops/" + day.shopId() + "/quality/" + ReviewedReception.DAY + "/" + day.jie.id().value() + "/";

		mvc.perform(get("/shops/" + day.shopId() + "/training/trainees/" + trainee.id())
			.with(user(accounts.loadUserByUsername(trainer.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待查看的接待")))
			.andExpect(content().string(containsString(link)))
			.andExpect(content().string(containsString("/training/curriculum/products")));
		mvc.perform(get(link + day.of(inspections, day.jie).reception().buyerId().value())
			.with(user(accounts.loadUserByUsername(trainer.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"messageId\"")));
		assertThat(LocalDate.of(2026, 3, 1)).isEqualTo(trainee.start());
	}

	@Test
	void aTrainingThatStartsLaterHasNoReceptionsYet() throws Exception {
		Agent later = new ShopFixture(shops, products, staff).trainee(day.shop, "dj-later" + day.jie.username());
		Trainee starting = trainees.enrol(day.shop.id(),
				new Enrolment(later.id(), HireClass.NOVICE, LocalDate.now().plusDays(10), null));

		mvc.perform(get("/shops/" + day.shopId() + "/training/trainees/" + starting.id())
			.with(user(accounts.loadUserByUsername(trainer.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还没有已质检的接待")));
	}

}
