package io.kefu.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.SettableClock;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing tests over real HTTP, on a clock the test moves: the taker is issued a passage
 * and scored once over the server's time; another's test is not found, a second
 * submission conflicts, bad bodies are refused naming the field; and the month's
 * appraisal takes the best test and treats a voided one as cheating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TypingTestApiIntegrationTests.Clock.class)
class TypingTestApiIntegrationTests {

	/** 2026-12-07 10:00 in Shanghai. */
	static final Instant MORNING = Instant.parse("2026-12-07T02:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(MORNING);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	SettableClock clock;

	@Autowired
	Trainees trainees;

	Shop shop;

	Agent mei;

	Agent lan;

	Agent boss;

	Agent stranger;

	@BeforeEach
	void openShop() {
		clock.set(MORNING);
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("打字店" + suffix);
		mei = fixture.account(shop, "dz-mei" + suffix, Role.PRE_SALES);
		lan = fixture.account(shop, "dz-lan" + suffix, Role.AFTER_SALES);
		boss = fixture.account(shop, "dz-boss" + suffix, Role.SUPERVISOR);
		stranger = fixture.account(fixture.shop("别家店" + suffix), "dz-x" + suffix, Role.PRE_SALES);
	}

	private ApiClient as(Agent agent) {
		return ApiClient.anonymous(port).as(agent.username(), ShopFixture.PASSWORD);
	}

	private JsonNode issue(Agent agent) {
		ApiClient.Reply issued = as(agent).post("/api/v1/typing-tests", "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		return issued.json();
	}

	/**
	 * The body of a test typed over the given time: the text committed five characters at
	 * a time, evenly, the last commit a second before the end.
	 */
	private static String typedBody(String typed, long millis, boolean paste) {
		int[] points = typed.codePoints().toArray();
		List<String> keys = new ArrayList<>();
		int pieces = (points.length + 4) / 5;
		for (int i = 0; i < pieces; i++) {
			long t = (millis - 1_000) * (i + 1) / pieces;
			String text = new String(points, i * 5, Math.min(5, points.length - i * 5));
			keys.add("{\"t\":%d,\"text\":\"%s\"}".formatted(t, text.replace("\"", "\\\"")));
		}
		if (paste) {
			keys.add("{\"t\":%d,\"text\":\"\",\"paste\":true}".formatted(millis - 500));
		}
		return "{\"typed\":\"%s\",\"keystrokes\":[%s]}".formatted(typed.replace("\"", "\\\""), String.join(",", keys));
	}

	/**
	 * Submits the test's passage with the given errors the given time after it was
	 * issued.
	 */
	private ApiClient.Reply submit(Agent agent, JsonNode test, int errors, Duration after, boolean paste) {
		String passage = test.get("passage").asString();
		int[] points = passage.codePoints().toArray();
		for (int i = 0; i < errors; i++) {
			points[i * 3] = '错';
		}
		clock.set(Instant.parse(test.get("issuedAt").asString()).plus(after));
		return as(agent).post("/api/v1/typing-tests/" + test.get("id").asLong(),
				typedBody(new String(points, 0, points.length), after.toMillis(), paste));
	}

	private static int length(JsonNode test) {
		String passage = test.get("passage").asString();
		return passage.codePointCount(0, passage.length());
	}

	@Test
	void theTakerIsScoredOverTheServersTime() {
		JsonNode test = issue(mei);
		int length = length(test);
		assertThat(length).isBetween(TypingPassages.MIN_LENGTH, TypingPassages.MAX_LENGTH);

		// the whole passage in length × 0.6 s: 100 a minute
		ApiClient.Reply result = submit(mei, test, 0, Duration.ofMillis(length * 600L), false);

		assertThat(result.status()).as(result.body()).isEqualTo(200);
		JsonNode scored = result.json();
		assertThat(scored.get("charsPerMinute").asInt()).isEqualTo(100);
		assertThat(scored.get("accuracy").decimalValue()).isEqualByComparingTo("1");
		assertThat(scored.get("passed").asBoolean()).isTrue();
		assertThat(scored.get("bonusLevel").asBoolean()).isTrue();
		assertThat(scored.get("voided").asBoolean()).isFalse();
	}

	@Test
	void aTraineesPassedTestTicksTheTypingTaskOfTheirPlanAndAFailedOneDoesNot() {
		Agent tang = new ShopFixture(shops, products, staff).trainee(shop, "dz-tang" + System.nanoTime());
		Trainee trainee = trainees.enrol(shop.id(),
				new Enrolment(tang.id(), HireClass.NOVICE, LocalDate.of(2026, 12, 1), null));

		JsonNode slow = issue(tang);
		submit(tang, slow, 0, Duration.ofMillis(length(slow) * 1_000L), false);
		assertThat(typingTask(trainee.id()).done()).as("60 a minute does not pass").isFalse();
		JsonNode fast = issue(tang);
		submit(tang, fast, 0, Duration.ofMillis(length(fast) * 600L), false);

		TraineeTask typing = typingTask(trainee.id());
		assertThat(typing.done()).isTrue();
		assertThat(typing.doneBy()).isEqualTo(tang.id());
	}

	private TraineeTask typingTask(long trainee) {
		return trainees.find(trainee)
			.orElseThrow()
			.tasks()
			.stream()
			.filter(task -> task.kind() == TaskKind.TYPING)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void onlyTheTakerSubmitsAndOnlyOnce() {
		JsonNode test = issue(mei);
		Duration minutes = Duration.ofMinutes(3);

		assertThat(submit(lan, test, 0, minutes, false).status()).isEqualTo(404);
		assertThat(submit(stranger, test, 0, minutes, false).status()).isEqualTo(404);
		assertThat(submit(mei, test, 0, minutes, false).status()).isEqualTo(200);
		assertThat(submit(mei, test, 0, minutes, false).status()).isEqualTo(409);
		assertThat(as(mei).post("/api/v1/typing-tests/999999999", typedBody("好", 2_000, false)).status())
			.isEqualTo(404);
	}

	@Test
	void aSubmissionAfterTheTimeLimitIsRefused() {
		JsonNode test = issue(lan);

		ApiClient.Reply late = submit(lan, test, 0, TypingTests.TIME_LIMIT.plusSeconds(1), false);

		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body()).contains("time");
	}

	@Test
	void onlyAgentsTakeTests() {
		assertThat(as(boss).post("/api/v1/typing-tests", "").status()).isEqualTo(403);
		assertThat(as(mei).post("/api/v1/typing-tests?shop=" + stranger.shopId().value(), "").status()).isEqualTo(403);
	}

	@Test
	void badBodiesAreRefusedNamingTheField() {
		String path = "/api/v1/typing-tests/" + issue(mei).get("id").asLong();

		ApiClient.Reply huge = as(mei).post(path, "{\"typed\":\"%s\",\"keystrokes\":[]}".formatted("字".repeat(1001)));
		ApiClient.Reply negative = as(mei).post(path, "{\"typed\":\"好\",\"keystrokes\":[{\"t\":-1,\"text\":\"好\"}]}");
		ApiClient.Reply nul = as(mei).post(path, "{\"typed\":\"好\",\"keystrokes\":[{\"t\":1,\"text\":\"好\\u0000\"}]}");
		ApiClient.Reply missing = as(mei).post(path, "{\"keystrokes\":[]}");

		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.body()).contains("typed");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.body()).contains("keystrokes[0].t");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.body()).contains("keystrokes[0].text");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("typed");
		// none of them used the test up
		clock.set(MORNING.plusSeconds(60));
		assertThat(as(mei).post(path, typedBody("好", 60_000, false)).status()).isEqualTo(200);
	}

	@Test
	void theAppraisalTakesTheMonthsBestTestOverTheHandGivenFigure() {
		as(boss).put(appraisal() + "/inputs", inputs(90, "0.95"));
		JsonNode sloppy = issue(mei);
		// a fifth wrong, fast: 80% accuracy, far above 100 a minute
		submit(mei, sloppy, length(sloppy) / 5, Duration.ofSeconds(70), false);
		JsonNode careful = issue(mei);
		JsonNode best = submit(mei, careful, 0, Duration.ofMillis(length(careful) * 571L), false).json();
		assertThat(best.get("bonusLevel").asBoolean()).isTrue();

		JsonNode typing = typingBonus();

		assertThat(typing.get("figure").asInt()).isEqualTo(best.get("charsPerMinute").asInt());
		assertThat(typing.get("status").asString()).isEqualTo("MET");
	}

	@Test
	void aVoidedTestIsCheatingThatVoidsTheMonthsBonuses() {
		as(boss).put(appraisal() + "/inputs", inputs(120, "0.98"));
		JsonNode test = issue(mei);
		JsonNode voided = submit(mei, test, 0, Duration.ofMinutes(2), true).json();
		assertThat(voided.get("voided").asBoolean()).isTrue();
		assertThat(voided.get("reason").asString()).isEqualTo("PASTE");
		assertThat(voided.get("passed").asBoolean()).isFalse();

		JsonNode typing = typingBonus();
		JsonNode cheating = as(boss).get(appraisal() + "/cheating").json();

		assertThat(typing.get("status").asString()).isEqualTo("VOIDED");
		assertThat(typing.get("reason").asString()).isEqualTo("CHEATING");
		assertThat(cheating).singleElement().satisfies(record -> {
			assertThat(record.get("agent").asString()).isEqualTo(mei.username());
			assertThat(record.get("note").asString()).contains("test #" + test.get("id").asLong());
			assertThat(record.get("day").asString()).isEqualTo("2026-12-07");
		});
	}

	private String appraisal() {
		return "/api/v1/shops/" + shop.id() + "/appraisals/2026-12";
	}

	private String inputs(int speed, String accuracy) {
		return """
				{"commissionRate":0.008,"agents":[
				 {"agent":"%s","salesTarget":0,"basePay":3000,"levelReward":200,
				  "typing":{"charactersPerMinute":%d,"accuracy":%s},"lowRatings":0,"namedReviews":0}]}"""
			.formatted(mei.username(), speed, accuracy);
	}

	private JsonNode typingBonus() {
		JsonNode month = as(boss).get(appraisal()).json();
		for (JsonNode row : month.get("agents")) {
			if (mei.username().equals(row.get("agent").asString())) {
				for (JsonNode bonus : row.get("bonuses")) {
					if ("TYPING".equals(bonus.get("kind").asString())) {
						return bonus;
					}
				}
			}
		}
		throw new AssertionError("no typing bonus of " + mei.username() + " in " + month);
	}

}
