package io.kefu.security;

import java.time.Instant;
import java.time.LocalDate;

import io.kefu.access.Role;
import io.kefu.customer.Buyers;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.BuyerFeedbacks;
import io.kefu.quality.NewFeedback;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor of one shop who names another shop's complaint (its id guessed or leaked)
 * under their own shop learns nothing of it and changes nothing: the API and the review
 * page both answer 404, and the complaint stays pending.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedbackTenancyIntegrationTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	BuyerFeedbacks feedback;

	Shop ours;

	Shop theirs;

	String boss;

	Agent ourAgent;

	long ourBuyer;

	BuyerFeedback theirComplaint;

	@BeforeEach
	void twoShops() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		ours = fixture.shop("甲店" + suffix);
		theirs = fixture.shop("乙店" + suffix);
		boss = "fboss" + suffix;
		fixture.account(ours, boss, Role.SUPERVISOR);
		ourAgent = fixture.account(ours, "fmei" + suffix, Role.PRE_SALES);
		Agent theirBoss = fixture.account(theirs, "fother" + suffix, Role.SUPERVISOR);
		Agent theirAgent = fixture.account(theirs, "fjie" + suffix, Role.PRE_SALES);
		ourBuyer = buyers.recognise(ours.id(), "我们的买家", Instant.parse("2026-03-02T02:00:00Z")).id().value();
		theirComplaint = feedback.record(theirs.id(),
				NewFeedback.of(theirAgent.id().value(), null, DAY.toString(), "COMPLAINT", null, "态度差"),
				theirBoss.id());
	}

	@Test
	void theApiAnswersNotFoundForAnotherShopsComplaintAndItStaysPending() {
		String ourFeedback = "/api/v1/shops/" + ours.id() + "/feedback/" + theirComplaint.id();

		for (String decision : new String[] { "/uphold", "/dismiss" }) {
			Http.Reply reply = api("POST", ourFeedback + decision);
			assertThat(reply.status()).as(reply.body()).isEqualTo(404);
			assertThat(reply.contentType()).startsWith("application/problem+json");
		}
		assertThat(
				api("POST", "/api/v1/shops/" + theirs.id() + "/feedback/" + theirComplaint.id() + "/uphold").status())
			.isEqualTo(403);
		assertThat(theirStatus()).isEqualTo(BuyerFeedback.Status.PENDING);
	}

	@Test
	void theReviewPageAnswersNotFoundForAnotherShopsComplaintAndItStaysPending() {
		Http browser = Http.browser(port).signIn(boss, PASSWORD);
		String token = browser.csrfToken("/shops/" + ours.id() + "/figures/settings");
		String review = "/shops/" + ours.id() + "/quality/" + DAY + "/" + ourAgent.id() + "/" + ourBuyer;

		for (String decision : new String[] { "/uphold", "/dismiss" }) {
			Http.Reply reply = browser.send("POST", review + "/feedback/" + theirComplaint.id() + decision,
					"_csrf=" + token, "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.body()).contains("页面不存在");
		}
		assertThat(theirStatus()).isEqualTo(BuyerFeedback.Status.PENDING);
	}

	@Test
	void theReviewPageAnswersNotFoundForANoteOrScorecardOnAReceptionThatWasNeverInspected() {
		Http browser = Http.browser(port).signIn(boss, PASSWORD);
		String token = browser.csrfToken("/shops/" + ours.id() + "/figures/settings");
		String review = "/shops/" + ours.id() + "/quality/" + DAY + "/" + ourAgent.id() + "/" + ourBuyer;

		assertThat(browser
			.send("POST", review + "/notes", "_csrf=" + token + "&messageId=1&text=x", "Content-Type",
					"application/x-www-form-urlencoded", "Accept", "text/html")
			.status()).isEqualTo(404);
		assertThat(browser
			.send("POST", review + "/scorecard", "_csrf=" + token + "&mark.GREETING=5", "Content-Type",
					"application/x-www-form-urlencoded", "Accept", "text/html")
			.status()).isEqualTo(404);
	}

	private BuyerFeedback.Status theirStatus() {
		return feedback.between(theirs.id(), DAY, DAY, null)
			.stream()
			.filter(found -> found.id() == theirComplaint.id())
			.findFirst()
			.orElseThrow()
			.status();
	}

	private Http.Reply api(String method, String path) {
		return Http.to(port)
			.send(method, path, "{}", "Authorization", Http.basic(boss, PASSWORD), "Accept", "application/json",
					"Content-Type", "application/json");
	}

}
