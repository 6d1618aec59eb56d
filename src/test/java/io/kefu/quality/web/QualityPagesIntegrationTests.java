package io.kefu.quality.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.kefu.ingest.Imports;
import io.kefu.quality.HitStatus;
import io.kefu.quality.Inspections;
import io.kefu.quality.ReviewedReception;
import io.kefu.quality.Rule;
import io.kefu.quality.StoredInspection;
import io.kefu.shop.Products;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quality pages over an imported day, as a supervisor and as an agent, in Chinese.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QualityPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

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
	UserDetailsService accounts;

	@TempDir
	Path files;

	ReviewedReception day;

	String review;

	long offPlatform;

	@BeforeEach
	void importADay() throws Exception {
		day = ReviewedReception.importInto(shops, products, staff, imports, inspections, files, "质检页面店");
		StoredInspection meis = day.of(inspections, day.mei);
		review = "/shops/" + day.shopId() + "/quality/2026-03-02/" + day.mei.id().value() + "/"
				+ meis.reception().buyerId();
		offPlatform = meis.hits()
			.stream()
			.filter(hit -> hit.rule() == Rule.OFF_PLATFORM)
			.findFirst()
			.orElseThrow()
			.messageId();
	}

	@Test
	void theOverviewSummarisesAgentsAndTeamAndListsTheLowestScoreFirst() throws Exception {
		String page = page(day.boss, "/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02");

		assertThat(page).contains("质检", "团队合计", "引导站外交易", "平均分走势", "78.5", day.mei.displayName(),
				day.jie.displayName());
		assertThat(page.indexOf(">57<")).isLessThan(page.indexOf(">100<"));
		assertThat(page).contains(review);
		String onlyOffPlatform = page(day.boss,
				"/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02&rule=OFF_PLATFORM");
		assertThat(onlyOffPlatform).contains(review).contains("共 1 条");
	}

	@Test
	void aDayBeyondTheCalendarTheShopCanHoldIsRefusedNotAnError() throws Exception {
		for (String period : new String[] { "from=%2B999999999-12-31", "from=2026-03-01&to=%2B999999999-12-31",
				"from=-999999999-01-01" }) {
			mvc.perform(get("/shops/" + day.shopId() + "/quality?" + period).with(as(day.boss)))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void anAgentSeesOnlyTheirOwnRowsAndReceptions() throws Exception {
		String page = page(day.jie.username(), "/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02");

		assertThat(page).contains(day.jie.displayName()).doesNotContain(review).doesNotContain("团队合计");
		mvc.perform(get(review).with(as(day.jie.username()))).andExpect(status().isForbidden());
		mvc.perform(
				get("/shops/" + day.shopId() + "/quality?agent=" + day.mei.id().value()).with(as(day.jie.username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReviewShowsEachHitOnItsMessageWithTheSupervisorsButtons() throws Exception {
		String page = page(day.boss, review);

		assertThat(page).contains("质检详情", "有的，加我微信发你图", "引导站外交易", "严重", "扣 30 分", "未问好", "误报", "人工评分", "问好", "告别",
				"买家评价与投诉");
		assertThat(page).contains("id=\"m" + offPlatform + "\"");
		assertThat(page).doesNotContain("提交申诉");
		assertThat(page(day.mei.username(), review)).contains("提交申诉").doesNotContain("保存评分");
	}

	@Test
	void aFormPostMarksAHitWrongAndComesBackToTheMessage() throws Exception {
		mvc.perform(post(review + "/hits/" + offPlatform + "/OFF_PLATFORM/wrong").with(as(day.boss)).with(csrf()))
			.andExpect(redirectedUrl(review + "#m" + offPlatform))
			.andExpect(flash().attribute("reviewDone", "review.done.wrong"));

		assertThat(day.of(inspections, day.mei).score()).isEqualTo(87);
		assertThat(page(day.boss, review)).contains("撤销误报", ">87<");
		mvc.perform(
				post(review + "/hits/" + offPlatform + "/OFF_PLATFORM/wrong").with(as(day.mei.username())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAgentDisputesOnceAndABlankReasonIsToldAndChangesNothing() throws Exception {
		String dispute = review + "/hits/" + offPlatform + "/OFF_PLATFORM/dispute";
		mvc.perform(post(dispute).param("reason", " ").with(as(day.mei.username())).with(csrf()))
			.andExpect(flash().attribute("reviewFailed", "review.invalid.reason"));
		assertThat(statusOf(Rule.OFF_PLATFORM)).isEqualTo(HitStatus.STANDING);

		mvc.perform(post(dispute).param("reason", "发的是旺旺图片").with(as(day.mei.username())).with(csrf()))
			.andExpect(flash().attribute("reviewDone", "review.done.disputed"));
		mvc.perform(post(dispute).param("reason", "再来一次").with(as(day.mei.username())).with(csrf()))
			.andExpect(flash().attribute("reviewFailed", "review.conflict"));
		assertThat(statusOf(Rule.OFF_PLATFORM)).isEqualTo(HitStatus.DISPUTED);
		assertThat(page(day.boss, review)).contains("申诉中", "发的是旺旺图片", "维持", "撤销扣分");
	}

	@Test
	void theScorecardAndFeedbackFormsRecordWhatTheSupervisorEntered() throws Exception {
		mvc.perform(post(review + "/scorecard").param("mark.GREETING", "1")
			.param("mark.HELP", "")
			.param("mark.FAREWELL", "3")
			.param("comment", "问好只回了在")
			.with(as(day.boss))
			.with(csrf())).andExpect(flash().attribute("reviewDone", "review.done.scorecard"));
		mvc.perform(post(review + "/scorecard").param("mark.GREETING", "9").with(as(day.boss)).with(csrf()))
			.andExpect(flash().attribute("reviewFailed", "review.invalid.marks"));
		mvc.perform(post(review + "/feedback").param("kind", "RATING")
			.param("rating", "2")
			.param("note", "回复太慢")
			.with(as(day.boss))
			.with(csrf())).andExpect(flash().attribute("reviewDone", "review.done.feedback"));

		String page = page(day.mei.username(), review);
		assertThat(page).contains("合计 4 / 10", "问好只回了在", "2 星", "低评", "回复太慢");
		assertThat(page(day.boss, "/shops/" + day.shopId() + "/quality?from=2026-03-02&to=2026-03-02")).contains("低评");
	}

	private HitStatus statusOf(Rule rule) {
		return day.of(inspections, day.mei)
			.hits()
			.stream()
			.filter(hit -> hit.rule() == rule)
			.findFirst()
			.orElseThrow()
			.status();
	}

	private String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
