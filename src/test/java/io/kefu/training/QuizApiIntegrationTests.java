package io.kefu.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kefu.access.Role;
import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;
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

/**
 * Quizzes over real HTTP: a trainee (or their trainer for them) is given questions from
 * the shop's catalogue, answers once and sees the score with each right answer and its
 * source; a passed quiz ticks the plan's quiz task; roles, unknown ids and bad bodies are
 * refused; the trainer's bank follows the catalogue, takes the trainer's own questions
 * and retires questions; results add up per question.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuizApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Trainees trainees;

	@Autowired
	Quizzes quizzes;

	Shop shop;

	Agent trainer;

	Agent boss;

	Agent mei;

	Agent tang;

	Agent stranger;

	Trainee trainee;

	Product c3;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("测验店" + suffix);
		trainer = fixture.account(shop, "cy-t" + suffix, Role.TRAINER);
		boss = fixture.account(shop, "cy-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "cy-mei" + suffix, Role.PRE_SALES);
		tang = fixture.trainee(shop, "cy-tang" + suffix);
		Shop other = fixture.shop("别家测验店" + suffix);
		stranger = fixture.account(other, "cy-x" + suffix, Role.TRAINER);
		c3 = products.add(shop.id(), lamp("SP-C3", "5W", "3000K", "4000mAh大电池", "129.00"));
		products.add(shop.id(), lamp("SP-E1", "12W", "4000K", "国AA级照度", "399.00"));
		products.add(shop.id(), lamp("SP-S6", "10W", "4500K", "灯臂可升降", "269.00"));
		products.add(shop.id(), lamp("SP-B2", "6W", "2700K", "实木底座", "159.00"));
		trainee = trainees.enrol(shop.id(),
				new Enrolment(tang.id(), HireClass.NOVICE, LocalDate.of(2026, 12, 1), null));
	}

	static ProductDraft lamp(String model, String power, String colour, String point, String price) {
		return new ProductDraft("视谱台灯 " + model, "台灯", true,
				List.of(new Product.Attribute("型号", model), new Product.Attribute("功率", power),
						new Product.Attribute("色温", colour)),
				List.of(point), List.of(new ProductDraft.SkuDraft(model + "-W", "白色", new BigDecimal(price), 10)));
	}

	private ApiClient as(Agent agent) {
		return ApiClient.anonymous(port).as(agent.username(), ShopFixture.PASSWORD);
	}

	private String quizzesOfShop() {
		return "/api/v1/shops/" + shop.id() + "/quizzes";
	}

	private JsonNode create(Agent by, String body) {
		ApiClient.Reply reply = as(by).post(quizzesOfShop(), body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}

	/**
	 * Answers the quiz with the right option for the first {@code right} questions, a
	 * wrong one after.
	 */
	private ApiClient.Reply answer(Agent by, JsonNode quiz, int right) {
		Quiz stored = quizzes.find(quiz.get("id").asLong()).orElseThrow();
		List<String> answers = new ArrayList<>();
		int n = 0;
		for (Quiz.Question question : stored.questions()) {
			int option = question.question().right();
			if (n++ >= right) {
				option = (option + 1) % question.question().options().size();
			}
			answers.add("{\"questionId\":%d,\"option\":%d}".formatted(question.id(), option));
		}
		return as(by).post("/api/v1/quizzes/" + quiz.get("id").asLong() + "/answers",
				"{\"answers\":[" + String.join(",", answers) + "]}");
	}

	private TraineeTask quizTask() {
		return trainees.find(trainee.id())
			.orElseThrow()
			.tasks()
			.stream()
			.filter(task -> task.kind() == TaskKind.QUIZ)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theTraineeTakesAQuizAndSeesEachRightAnswerWithItsSource() {
		JsonNode quiz = create(trainer, "{\"trainee\":%d,\"count\":5}".formatted(trainee.id()));

		assertThat(quiz.get("trainee").asLong()).isEqualTo(trainee.id());
		assertThat(quiz.get("questions")).hasSize(5);
		JsonNode first = quiz.get("questions").get(0);
		assertThat(first.get("id").asLong()).isPositive();
		assertThat(first.get("text").asString()).isNotBlank();
		assertThat(first.get("options").size()).isBetween(3, 4);
		assertThat(first.get("right").isNull()).as("the answer is not shown before answering").isTrue();

		ApiClient.Reply answered = answer(tang, quiz, 5);

		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		JsonNode result = answered.json();
		assertThat(result.get("correct").asInt()).isEqualTo(5);
		assertThat(result.get("percent").asInt()).isEqualTo(100);
		assertThat(result.get("passed").asBoolean()).isTrue();
		assertThat(result.get("passMark").asInt()).isEqualTo(Quizzes.PASS_PERCENT);
		for (JsonNode question : result.get("questions")) {
			assertThat(question.get("correct").asBoolean()).isTrue();
			assertThat(question.get("right").asInt()).isEqualTo(question.get("chosen").asInt());
			assertThat(question.get("rightAnswer").asString())
				.isEqualTo(question.get("options").get(question.get("right").asInt()).asString());
			assertThat(question.get("source").get("field").asString()).isNotBlank();
		}
		assertThat(result.get("questions").findValues("product").stream().map(JsonNode::asString))
			.anyMatch(product -> product.startsWith("SP-"));
		TraineeTask task = quizTask();
		assertThat(task.done()).isTrue();
		assertThat(task.doneBy()).isEqualTo(tang.id());
	}

	@Test
	void aQuizBelowThePassMarkLeavesTheTaskOpenAndALeftOutQuestionIsMissed() {
		JsonNode quiz = create(trainer, "{\"trainee\":%d,\"count\":5}".formatted(trainee.id()));
		// 4 of 5 right: 80% passes; 3 of 5 do not
		ApiClient.Reply answered = answer(tang, quiz, 3);

		assertThat(answered.json().get("percent").asInt()).isEqualTo(60);
		assertThat(answered.json().get("passed").asBoolean()).isFalse();
		assertThat(quizTask().done()).isFalse();

		JsonNode second = create(boss, "{\"trainee\":%d,\"count\":2}".formatted(trainee.id()));
		long questionId = second.get("questions").get(0).get("id").asLong();
		Quiz stored = quizzes.find(second.get("id").asLong()).orElseThrow();
		ApiClient.Reply half = as(tang).post("/api/v1/quizzes/" + second.get("id").asLong() + "/answers",
				"{\"answers\":[{\"questionId\":%d,\"option\":%d}]}".formatted(questionId,
						stored.questions().get(0).question().right()));
		assertThat(half.json().get("correct").asInt()).isEqualTo(1);
		assertThat(half.json().get("percent").asInt()).isEqualTo(50);
		assertThat(half.json().get("questions").get(1).get("chosen").isNull()).isTrue();
		assertThat(half.json().get("questions").get(1).get("correct").asBoolean()).isFalse();
	}

	@Test
	void onlyTheTrainerSupervisorsAndTheTraineeGiveAQuizAndOnlyTheTraineeAnswersOnce() {
		String forTang = "{\"trainee\":%d,\"count\":3}".formatted(trainee.id());
		assertThat(as(mei).post(quizzesOfShop(), forTang).status()).isEqualTo(403);
		assertThat(as(stranger).post(quizzesOfShop(), forTang).status()).isEqualTo(403);
		Trainee elsewhere = otherShopsTrainee();
		assertThat(as(trainer).post(quizzesOfShop(), "{\"trainee\":%d}".formatted(elsewhere.id())).status())
			.isEqualTo(404);
		assertThat(as(trainer).post(quizzesOfShop(), "{\"trainee\":999999999}").status()).isEqualTo(404);

		JsonNode quiz = create(trainer, forTang);
		String quizPath = "/api/v1/quizzes/" + quiz.get("id").asLong();
		assertThat(as(tang).get(quizPath).status()).isEqualTo(200);
		assertThat(as(mei).get(quizPath).status()).isEqualTo(403);
		assertThat(as(stranger).get(quizPath).status()).isEqualTo(404);
		assertThat(answer(trainer, quiz, 3).status()).isEqualTo(403);
		assertThat(answer(mei, quiz, 3).status()).isEqualTo(403);
		assertThat(answer(stranger, quiz, 3).status()).isEqualTo(404);
		assertThat(answer(tang, quiz, 3).status()).isEqualTo(200);
		assertThat(answer(tang, quiz, 3).status()).isEqualTo(409);
		assertThat(as(tang).post("/api/v1/quizzes/999999999/answers", "{\"answers\":[]}").status()).isEqualTo(404);
	}

	private Trainee otherShopsTrainee() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		Shop other = shops.get(stranger.shopId());
		Agent newcomer = fixture.trainee(other, "cy-y" + System.nanoTime());
		return trainees.enrol(other.id(),
				new Enrolment(newcomer.id(), HireClass.NOVICE, LocalDate.of(2026, 12, 1), null));
	}

	@Test
	void badCountsAndAnswersAreRefusedNamingTheField() {
		for (String count : List.of("0", "51", "-3")) {
			ApiClient.Reply reply = as(tang).post(quizzesOfShop(), "{\"count\":" + count + "}");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body()).contains("count");
		}
		assertThat(as(mei).post(quizzesOfShop(), "{\"count\":3}").body()).as("mei is in no training")
			.contains("trainee");
		ApiClient.Reply guess = as(tang).post(quizzesOfShop(), "{\"count\":1}");
		assertThat(guess.status()).as("a one-question quiz of one's own is a guess").isEqualTo(400);
		assertThat(guess.body()).contains("count");

		JsonNode quiz = create(trainer, "{\"trainee\":%d,\"count\":2}".formatted(trainee.id()));
		String answers = "/api/v1/quizzes/" + quiz.get("id").asLong() + "/answers";
		long question = quiz.get("questions").get(0).get("id").asLong();
		for (String body : List.of("{\"answers\":[{\"questionId\":1,\"option\":0}]}",
				"{\"answers\":[{\"questionId\":%d,\"option\":9}]}".formatted(question),
				"{\"answers\":[{\"questionId\":%d,\"option\":-1}]}".formatted(question),
				"{\"answers\":[{\"questionId\":%d,\"option\":0},{\"questionId\":%d,\"option\":1}]}".formatted(question,
						question),
				"{}")) {
			ApiClient.Reply reply = as(tang).post(answers, body);
			assertThat(reply.status()).as(body).isEqualTo(400);
			assertThat(reply.body()).as(body).contains("answers");
		}
		assertThat(answer(tang, quiz, 2).status()).as("the refused bodies changed nothing").isEqualTo(200);
	}

	@Test
	void theBankFollowsTheCatalogueAndAQuizKeepsWhatItShowed() {
		String key = "product:" + c3.id() + ":参数:功率";
		assertThat(bankQuestion(key).get("options").get(bankQuestion(key).get("right").asInt()).asString())
			.isEqualTo("5W");
		Quiz before = quizzes.create(trainee, Quizzes.MAX_COUNT, trainer.id(), java.time.Instant.now());

		products.revise(c3.id(), lamp("SP-C3", "8W", "3000K", "4000mAh大电池", "129.00"));

		JsonNode after = bankQuestion(key);
		assertThat(after.get("options").get(after.get("right").asInt()).asString()).isEqualTo("8W");
		assertThat(after.get("source").get("product").asString()).isEqualTo("SP-C3 台灯");
		assertThat(after.get("source").get("field").asString()).isEqualTo("功率");
		Quiz frozen = quizzes.find(before.id()).orElseThrow();
		assertThat(frozen.questions()).filteredOn(question -> question.question().key().equals(key))
			.singleElement()
			.satisfies(question -> assertThat(question.question().rightAnswer()).isEqualTo("5W"));
	}

	private JsonNode bankQuestion(String key) {
		ApiClient.Reply bank = as(trainer).get("/api/v1/shops/" + shop.id() + "/quiz-questions");
		assertThat(bank.status()).as(bank.body()).isEqualTo(200);
		for (JsonNode question : bank.json()) {
			if (question.get("key").asString().equals(key)) {
				return question;
			}
		}
		throw new AssertionError("No " + key + " in " + bank.body());
	}

	@Test
	void theTrainerWritesEditsAndRetiresQuestions() {
		String bank = "/api/v1/shops/" + shop.id() + "/quiz-questions";
		ApiClient.Reply written = as(trainer).post(bank,
				"{\"text\":\"买家要开发票，什么时候开？\",\"options\":[\"确认收货后3个工作日内\",\"发货当天\",\"不开发票\"],\"right\":0}");
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		long id = written.json().get("id").asLong();
		String key = written.json().get("key").asString();
		assertThat(key).isEqualTo("trainer:" + id);
		assertThat(written.json().get("source").get("topic").asString()).isEqualTo("TRAINER");

		ApiClient.Reply edited = as(trainer).put(bank + "/" + id,
				"{\"text\":\"开发票要多久？\",\"options\":[\"发货当天\",\"确认收货后3个工作日内\"],\"right\":1}");
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("text").asString()).isEqualTo("开发票要多久？");
		assertThat(
				as(trainer).put(bank + "/999999999", "{\"text\":\"x\",\"options\":[\"a\",\"b\"],\"right\":0}").status())
			.isEqualTo(404);
		assertThat(as(trainer).post(bank, "{\"text\":\"x\",\"options\":[\"a\"],\"right\":0}").status()).isEqualTo(400);
		assertThat(as(trainer).post(bank, "{\"text\":\"x\",\"options\":[\"a\",\"b\"],\"right\":2}").body())
			.contains("right");
		assertThat(as(mei).post(bank, "{\"text\":\"x\",\"options\":[\"a\",\"b\"],\"right\":0}").status())
			.isEqualTo(403);
		assertThat(as(tang).get(bank).status()).isEqualTo(403);
		assertThat(as(stranger).get(bank).status()).isEqualTo(403);

		String power = "product:" + c3.id() + ":参数:功率";
		ApiClient.Reply retired = as(trainer).post(bank + "/retirement",
				"{\"key\":\"%s\",\"retired\":true}".formatted(power));
		assertThat(retired.status()).as(retired.body()).isEqualTo(200);
		assertThat(retired.json().get("retired").asBoolean()).isTrue();
		assertThat(as(trainer).post(bank + "/retirement", "{\"key\":\"product:1:nothing\",\"retired\":true}").status())
			.isEqualTo(404);

		Quiz everything = quizzes.create(trainee, Quizzes.MAX_COUNT, trainer.id(), java.time.Instant.now());
		List<String> keys = everything.questions().stream().map(question -> question.question().key()).toList();
		assertThat(keys).doesNotContain(power).contains(key);
		assertThat(everything.questions()).filteredOn(question -> question.question().key().equals(key))
			.singleElement()
			.satisfies(question -> assertThat(question.question().rightAnswer()).isEqualTo("确认收货后3个工作日内"));
	}

	@Test
	void resultsAddUpPerTraineeAndPerQuestionTheMostMissedFirst() {
		JsonNode first = create(trainer, "{\"trainee\":%d,\"count\":4}".formatted(trainee.id()));
		answer(tang, first, 0);
		JsonNode second = create(trainer, "{\"trainee\":%d,\"count\":4}".formatted(trainee.id()));
		answer(tang, second, 4);

		ApiClient.Reply results = as(trainer).get("/api/v1/shops/" + shop.id() + "/quiz-results");

		assertThat(results.status()).as(results.body()).isEqualTo(200);
		JsonNode body = results.json();
		assertThat(body.get("quizzes")).hasSize(2);
		assertThat(body.get("quizzes").findValues("percent").stream().map(JsonNode::asInt)).containsExactly(100, 0);
		Map<String, JsonNode> byKey = new java.util.HashMap<>();
		body.get("questions").forEach(question -> byKey.put(question.get("key").asString(), question));
		Map<String, Long> asked = java.util.stream.Stream
			.concat(quizzes.find(first.get("id").asLong()).orElseThrow().questions().stream(),
					quizzes.find(second.get("id").asLong()).orElseThrow().questions().stream())
			.collect(Collectors.groupingBy(question -> question.question().key(), Collectors.counting()));
		assertThat(byKey.keySet()).isEqualTo(asked.keySet());
		asked.forEach((key, times) -> assertThat(byKey.get(key).get("asked").asLong()).isEqualTo(times));
		List<Integer> shares = new ArrayList<>();
		body.get("questions").forEach(question -> shares.add(question.get("missedPercent").asInt()));
		assertThat(shares).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(shares.get(0)).isEqualTo(100);
		assertThat(as(mei).get("/api/v1/shops/" + shop.id() + "/quiz-results").status()).isEqualTo(403);
		assertThat(as(tang).get("/api/v1/shops/" + shop.id() + "/quiz-results").status()).isEqualTo(403);
	}

	@Test
	void anEndedTrainingTakesNoQuiz() {
		trainees.decide(trainee.id(),
				new Decision(Decision.Kind.NOT_SUITABLE, "不合适", trainer.id(), java.time.Instant.now()));

		assertThat(as(trainer).post(quizzesOfShop(), "{\"trainee\":%d}".formatted(trainee.id())).status())
			.isEqualTo(409);
	}

}
