package io.kefu.quality;

import java.nio.file.Path;

import io.kefu.customer.BuyerId;
import io.kefu.ingest.Imports;
import io.kefu.reception.Messages;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review API over real HTTP: a supervisor reviews every reception, an agent reads and
 * disputes only their own, and the score follows what review made of the hits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewApiIntegrationTests {

	@LocalServerPort
	int port;

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
	Messages messages;

	@TempDir
	Path files;

	ReviewedReception day;

	String meis;

	long offPlatform;

	@BeforeEach
	void importADay() throws Exception {
		day = ReviewedReception.importInto(shops, products, staff, imports, inspections, files, "复核店");
		meis = day.path(inspections, day.mei);
		offPlatform = day.of(inspections, day.mei)
			.hits()
			.stream()
			.filter(hit -> hit.rule() == Rule.OFF_PLATFORM)
			.findFirst()
			.orElseThrow()
			.messageId();
	}

	@Test
	void theReviewPlacesEachHitOnItsMessage() {
		JsonNode review = as(day.boss).get(meis).json();

		assertThat(review.get("inspection").get("score").asInt()).isEqualTo(57);
		JsonNode line = lineOf(review, "有的，加我微信发你图");
		assertThat(line.get("messageId").asLong()).isEqualTo(offPlatform);
		assertThat(line.get("hits")).extracting(hit -> hit.get("rule").asString())
			.containsExactly("SLOW_RESPONSE", "NO_FAREWELL", "OFF_PLATFORM");
		assertThat(lineOf(review, "在吗").get("hits")).isEmpty();
		assertThat(review.get("unplacedHits")).isEmpty();
	}

	@Test
	void aSupervisorMarksAHitWrongAndTheScoreRisesUntilTheyTakeItBack() {
		JsonNode marked = as(day.boss).post(hit("OFF_PLATFORM") + "/wrong", "{}").json();

		assertThat(marked.get("score").asInt()).isEqualTo(57 + 30);
		assertThat(as(day.boss).post(hit("OFF_PLATFORM") + "/wrong", "{}").status()).isEqualTo(409);
		assertThat(day.of(inspections, day.mei).score()).isEqualTo(87);
		assertThat(inspections.summary(ShopId.of(day.shopId()), ReviewedReception.DAY, ReviewedReception.DAY, null)
			.team()
			.hitsPer100(Rule.OFF_PLATFORM)).isZero();

		ApiClient.Reply undone = as(day.boss).delete(hit("OFF_PLATFORM") + "/wrong");
		assertThat(undone.status()).isEqualTo(200);
		assertThat(undone.json().get("score").asInt()).isEqualTo(57);
	}

	@Test
	void anAgentReadsOnlyTheirOwnReceptionsAndMayNotMarkAHitWrong() {
		assertThat(as(day.jie).get(meis).status()).isEqualTo(403);
		assertThat(as(day.mei).get(meis).status()).isEqualTo(200);
		assertThat(as(day.mei).post(hit("OFF_PLATFORM") + "/wrong", "{}").status()).isEqualTo(403);
		assertThat(as(day.mei).post(meis + "/notes", "{\"messageId\": " + offPlatform + ", \"text\": \"x\"}").status())
			.isEqualTo(403);
		assertThat(as(day.mei).put(meis + "/scorecard", "{\"marks\": {}}").status()).isEqualTo(403);
		assertThat(day.of(inspections, day.mei).score()).isEqualTo(57);
	}

	@Test
	void theAgentDisputesAHitOnceWithAReasonAndTheSupervisorOverturnsIt() {
		ApiClient.Reply blank = as(day.mei).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"  \"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		String tooLong = "长".repeat(501);
		assertThat(as(day.mei).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"" + tooLong + "\"}").status())
			.isEqualTo(400);
		assertThat(as(day.jie).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"不是我的\"}").status())
			.isEqualTo(403);
		assertThat(as(day.boss).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"主管\"}").status()).isEqualTo(403);

		JsonNode disputed = as(day.mei).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"买家要的是实拍图，我发在旺旺里了\"}")
			.json();
		assertThat(statusOf(disputed, "OFF_PLATFORM")).isEqualTo("DISPUTED");
		assertThat(disputed.get("score").asInt()).isEqualTo(57);
		assertThat(as(day.mei).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"再说一次\"}").status())
			.isEqualTo(409);
		assertThat(as(day.mei).post(hit("OFF_PLATFORM") + "/settlement", "{\"decision\": \"OVERTURN\"}").status())
			.isEqualTo(403);

		JsonNode settled = as(day.boss).post(hit("OFF_PLATFORM") + "/settlement", "{\"decision\": \"OVERTURN\"}")
			.json();
		assertThat(statusOf(settled, "OFF_PLATFORM")).isEqualTo("OVERTURNED");
		assertThat(settled.get("score").asInt()).isEqualTo(87);
		assertThat(as(day.boss).post(hit("OFF_PLATFORM") + "/settlement", "{\"decision\": \"UPHOLD\"}").status())
			.isEqualTo(409);
		assertThat(as(day.mei).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"第三次\"}").status()).isEqualTo(409);
		assertThat(lineOf(as(day.mei).get(meis).json(), "有的，加我微信发你图").get("hits").get(2).get("reason").asString())
			.isEqualTo("买家要的是实拍图，我发在旺旺里了");
	}

	@Test
	void anUpheldDisputeKeepsItsPoints() {
		as(day.mei).post(hit("OFF_PLATFORM") + "/dispute", "{\"reason\": \"理由\"}");

		JsonNode settled = as(day.boss).post(hit("OFF_PLATFORM") + "/settlement", "{\"decision\": \"UPHOLD\"}").json();

		assertThat(statusOf(settled, "OFF_PLATFORM")).isEqualTo("UPHELD");
		assertThat(settled.get("score").asInt()).isEqualTo(57);
		assertThat(as(day.boss).post(hit("OFF_PLATFORM") + "/settlement", "{\"decision\": \"MAYBE\"}").status())
			.isEqualTo(400);
	}

	@Test
	void aHitThatIsNotThereIsNotFound() {
		assertThat(as(day.boss).post(meis + "/hits/" + offPlatform + "/RUDE/wrong", "{}").status()).isEqualTo(404);
		assertThat(as(day.boss).post(meis + "/hits/" + offPlatform + "/NO_SUCH_RULE/wrong", "{}").status())
			.isEqualTo(400);
		String nobody = "/api/v1/shops/" + day.shopId() + "/inspections/2026-03-01/" + day.mei.id().value() + "/1";
		assertThat(as(day.boss).get(nobody).status()).isEqualTo(404);
	}

	@Test
	void aSupervisorAnnotatesAMessageOfTheBuyersThread() {
		ApiClient.Reply note = as(day.boss).post(meis + "/notes",
				"{\"messageId\": " + offPlatform + ", \"text\": \"不能留微信，发旺旺图片\"}");
		assertThat(note.status()).isEqualTo(201);

		assertThat(lineOf(as(day.mei).get(meis).json(), "有的，加我微信发你图").get("notes").get(0).get("text").asString())
			.isEqualTo("不能留微信，发旺旺图片");
		long jiesMessage = messages.thread(ShopId.of(day.shopId()), day.of(inspections, day.jie).reception().buyerId())
			.get(0)
			.id();
		assertThat(as(day.boss).post(meis + "/notes", "{\"messageId\": " + jiesMessage + ", \"text\": \"x\"}").status())
			.isEqualTo(404);
		ApiClient.Reply blank = as(day.boss).post(meis + "/notes",
				"{\"messageId\": " + offPlatform + ", \"text\": \"\"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
	}

	@Test
	void aSupervisorScoresTheStepsAndMayLeaveStepsOut() {
		ApiClient.Reply scored = as(day.boss).put(meis + "/scorecard",
				"{\"marks\": {\"GREETING\": 1, \"FAREWELL\": 0, \"VERIFICATION\": 4}, \"comment\": \"问好只回了在\"}");
		assertThat(scored.status()).isEqualTo(200);

		JsonNode card = as(day.mei).get(meis).json().get("scorecard");
		assertThat(card.get("marks").propertyNames()).containsExactly("GREETING", "VERIFICATION", "FAREWELL");
		assertThat(card.get("comment").asString()).isEqualTo("问好只回了在");
		ApiClient.Reply tooHigh = as(day.boss).put(meis + "/scorecard", "{\"marks\": {\"GREETING\": 6}}");
		assertThat(tooHigh.status()).isEqualTo(400);
		assertThat(tooHigh.json().get("errors").get(0).get("field").asString()).isEqualTo("marks.GREETING");
		assertThat(as(day.boss).put(meis + "/scorecard", "{\"marks\": {\"SMILING\": 3}}").status()).isEqualTo(400);
		assertThat(as(day.mei).get(meis).json().get("scorecard").get("marks").get("GREETING").asInt()).isEqualTo(1);
	}

	@Test
	void ratingsAndComplaintsMakeLowRatingsAsDomainSays() {
		String feedback = "/api/v1/shops/" + day.shopId() + "/feedback";
		long mei = day.mei.id().value();
		assertThat(as(day.boss).post(feedback, rating(mei, 2)).status()).isEqualTo(201);
		assertThat(as(day.boss).post(feedback, rating(mei, 5)).status()).isEqualTo(201);
		assertThat(as(day.boss).post(feedback, rating(day.jie.id().value(), 1)).status()).isEqualTo(201);
		JsonNode complaint = as(day.boss)
			.post(feedback,
					"{\"agentId\": " + mei + ", \"day\": \"2026-03-02\", \"kind\": \"COMPLAINT\", \"note\": \"说话冲\"}")
			.json();
		assertThat(complaint.get("status").asString()).isEqualTo("PENDING");
		String period = feedback + "?from=2026-03-01&to=2026-03-31&agent=" + mei;
		assertThat(as(day.boss).get(period).json().get("lowRatings").asInt()).isEqualTo(1);

		long id = complaint.get("id").asLong();
		assertThat(as(day.mei).post(feedback + "/" + id + "/uphold", "{}").status()).isEqualTo(403);
		assertThat(as(day.boss).post(feedback + "/" + id + "/uphold", "{}").json().get("status").asString())
			.isEqualTo("UPHELD");
		assertThat(as(day.boss).post(feedback + "/" + id + "/dismiss", "{}").status()).isEqualTo(409);

		assertThat(as(day.boss).get(period).json().get("lowRatings").asInt()).isEqualTo(2);
		assertThat(as(day.boss).get(period + "&low=true").json().get("total").asInt()).isEqualTo(2);
		JsonNode own = as(day.mei).get(feedback + "?from=2026-03-01&to=2026-03-31").json();
		assertThat(own.get("total").asInt()).isEqualTo(3);
		assertThat(own.get("lowRatings").asInt()).isEqualTo(2);
		assertThat(as(day.boss).get(feedback + "?from=2026-03-01&to=2026-03-31").json().get("lowRatings").asInt())
			.isEqualTo(3);
	}

	@Test
	void feedbackIsRecordedOnlyBySupervisorsAndOnlyAboutTheShopsAgents() {
		String feedback = "/api/v1/shops/" + day.shopId() + "/feedback";
		assertThat(as(day.mei).post(feedback, rating(day.mei.id().value(), 5)).status()).isEqualTo(403);
		ApiClient.Reply badRating = as(day.boss).post(feedback, rating(day.mei.id().value(), 7));
		assertThat(badRating.status()).isEqualTo(400);
		assertThat(badRating.json().get("errors").get(0).get("field").asString()).isEqualTo("rating");
		ApiClient.Reply stranger = as(day.boss).post(feedback, rating(1_000_000_000L, 3));
		assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("agentId");
		ApiClient.Reply noBuyer = as(day.boss).post(feedback, "{\"agentId\": " + day.mei.id().value()
				+ ", \"buyerId\": 999999999, \"day\": \"2026-03-02\", \"kind\": \"RATING\", \"rating\": 3}");
		assertThat(noBuyer.json().get("errors").get(0).get("field").asString()).isEqualTo("buyerId");
		assertThat(as(day.boss).get(feedback + "?from=2026-03-01&to=2026-03-31").json().get("total").asInt()).isZero();
	}

	private static String rating(long agentId, int stars) {
		return "{\"agentId\": " + agentId + ", \"day\": \"2026-03-02\", \"kind\": \"RATING\", \"rating\": " + stars
				+ "}";
	}

	private String hit(String rule) {
		return meis + "/hits/" + offPlatform + "/" + rule;
	}

	private ApiClient as(String username) {
		return ApiClient.anonymous(port).as(username, ShopFixture.PASSWORD);
	}

	private ApiClient as(Agent agent) {
		return as(agent.username());
	}

	private static JsonNode lineOf(JsonNode review, String content) {
		for (JsonNode line : review.get("transcript")) {
			if (line.get("content").asString().equals(content)) {
				return line;
			}
		}
		throw new AssertionError("no line " + content + " in " + review);
	}

	private static String statusOf(JsonNode inspection, String rule) {
		for (JsonNode hit : inspection.get("hits")) {
			if (hit.get("rule").asString().equals(rule)) {
				return hit.get("status").asString();
			}
		}
		throw new AssertionError("no hit " + rule);
	}

}
