package io.kefu.analytics;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import io.kefu.access.Role;
import io.kefu.ingest.Imports;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The figure pages over an imported day, as a supervisor and as an agent. */
@SpringBootTest
@AutoConfigureMockMvc
class FigurePagesIntegrationTests {

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
	UserDetailsService accounts;

	@Autowired
	Figures figures;

	@Autowired
	FigureRecompute recompute;

	@TempDir
	Path files;

	Shop shop;

	String boss;

	Agent mei;

	Agent jie;

	@BeforeEach
	void importADay() throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("页面数据店" + suffix);
		boss = "boss" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		mei = fixture.account(shop, "mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "jie" + suffix, Role.PRE_SALES);
		FigureDay.importInto(imports, shop, files, mei.username(), jie.username());
		recompute.runQueued();
	}

	@Test
	void theDashboardShowsEveryAgentTheTeamAndTheShopInChinese() throws Exception {
		String page = page(boss, "/figures?period=RANGE&from=2026-03-02&to=2026-03-02");

		assertThat(page).contains("客服数据", "询单转化率", ">" + mei.username() + "<", ">" + jie.username() + "<", "团队合计",
				"577.00", "199.00", "65.5%", "conversion-chart", "response-chart", "sales-chart", "hours-chart");
		// the page's head names the shop: the rows name the agent alone
		assertThat(page).doesNotContain(shop.name() + ":" + mei.username());
		assertThat(page).contains("/figures/receptions?from=2026-03-02&amp;to=2026-03-02&amp;agent=" + mei.id().value()
				+ "&amp;filter=PAID");
	}

	@Test
	void anAgentIsSentToTheirOwnFigures() throws Exception {
		mvc.perform(get("/shops/" + shop.id() + "/figures").with(as(mei.username())))
			.andExpect(redirectedUrl("/shops/" + shop.id() + "/figures/mine"));
		assertThat(page(mei.username(), "/figures/mine")).contains("我的数据", "售前工作流程");
	}

	@Test
	void aNumberOpensTheReceptionsBehindItAndAReceptionItsRunsOrderAndMessages() throws Exception {
		String list = page(boss, "/figures/receptions?from=2026-03-02&to=2026-03-02&filter=PAID");
		assertThat(list).contains("买家甲", "1930679858100001").doesNotContain("买家乙");

		String detail = page(boss, "/figures/receptions/" + mei.id().value() + "/" + buyerIdIn(list) + "/2026-03-02");
		assertThat(detail).contains("接待详情", "1分40秒", "3分20秒", "慢响应", "1930679858100001", "有白色吗", "自动回复");
		// the auto-reply is the shop's, not a message of the agent's reception: greyed
		// out
		assertThat(detail).contains("class=\"out other\"");
	}

	@Test
	void anAgentCannotOpenAnotherAgentsReceptions() throws Exception {
		mvc.perform(get(
				"/shops/" + shop.id() + "/figures/receptions?from=2026-03-02&to=2026-03-02&agent=" + jie.id().value())
			.with(as(mei.username()))).andExpect(status().isForbidden());
		mvc.perform(get("/shops/" + shop.id() + "/figures/orders?from=2026-03-02&to=2026-03-02&filter=SILENT")
			.with(as(mei.username()))).andExpect(status().isForbidden());
		assertThat(page(mei.username(), "/figures/receptions?from=2026-03-02&to=2026-03-02")).contains("买家甲")
			.doesNotContain("买家乙");
	}

	@Test
	void theSilentOrdersAreListed() throws Exception {
		assertThat(page(boss, "/figures/orders?from=2026-03-02&to=2026-03-02&filter=SILENT")).contains("买家丁",
				"1930679858100002", "静默");
	}

	@Test
	void theTableDownloadsAsAWorkbookOfNumbers() throws Exception {
		byte[] file = mvc
			.perform(get("/shops/" + shop.id() + "/figures.xlsx?from=2026-03-02&to=2026-03-02").with(as(boss)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("客服");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			Row meiRow = sheet.getRow(1).getCell(0).getStringCellValue().endsWith(mei.username()) ? sheet.getRow(1)
					: sheet.getRow(2);
			assertThat(meiRow.getCell(1).getNumericCellValue()).isEqualTo(1.0);
			assertThat(meiRow.getCell(15).getNumericCellValue()).isEqualTo(378.0);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("团队合计");
		}
		mvc.perform(get("/shops/" + shop.id() + "/figures.xlsx?from=2026-03-02&to=2026-03-02").with(as(mei.username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSupervisorSetsTargetsThatTheDashboardMeasuresAgainst() throws Exception {
		assertThat(page(boss, "/figures/settings")).contains("数据设置", "下单优先判定");

		mvc.perform(post("/shops/" + shop.id() + "/figures/settings").with(as(boss))
			.with(csrf())
			.param("judgeRule", "ORDER_FIRST")
			.param("validityDays", "2")
			.param("afterSalesDays", "3")
			.param("graceMinutes", "30")
			.param("serviceStart", "08:00")
			.param("serviceEnd", "23:00")
			.param("slowThresholdSeconds", "100")
			.param("filterOwnAccounts", "true")
			.param("filterEmptyChats", "true")
			.param("ownAccounts", "")
			.param("conversionTargetPercent", "40")
			.param("responseTargetSeconds", "120")
			.param("monthlySalesTarget", "3100")).andExpect(redirectedUrl("/shops/" + shop.id() + "/figures/settings"));

		assertThat(figures.settings(shop.id()).targets())
			.isEqualTo(new FigureTargets(0.4, 120.0, new java.math.BigDecimal("3100.00")));
		String dashboard = page(boss, "/figures?period=RANGE&from=2026-03-02&to=2026-03-02");
		assertThat(dashboard).contains("差 +60.0", "差 -40.0", "差 +30秒", "目标 每人 100.00", "目标 40.0%", "目标 2分00秒",
				"below-target");
	}

	@Test
	void aSupervisorHasTheDaysShownRecomputedAndTheDashboardSaysItIsRecomputing() throws Exception {
		String path = "/shops/" + shop.id() + "/figures/recompute";
		mvc.perform(
				post(path).with(as(mei.username())).with(csrf()).param("from", "2026-03-02").param("to", "2026-03-02"))
			.andExpect(status().isForbidden());

		String back = mvc
			.perform(post(path).with(as(boss))
				.with(csrf())
				.param("from", "2026-03-02")
				.param("to", "2026-03-02")
				.param("period", "RANGE"))
			.andExpect(flash().attribute("recomputing", true))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(back).isEqualTo("/shops/" + shop.id() + "/figures?period=RANGE&from=2026-03-02&to=2026-03-02");
		String dashboard = mvc.perform(get(back).with(as(boss)).flashAttr("recomputing", true))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(dashboard).contains("正在重新计算…");
	}

	@Test
	void aServiceWindowThatEndsBeforeItStartsIsRefusedAndNothingIsSaved() throws Exception {
		String answer = mvc
			.perform(post("/shops/" + shop.id() + "/figures/settings").with(as(boss))
				.with(csrf())
				.param("judgeRule", "ORDER")
				.param("validityDays", "2")
				.param("afterSalesDays", "3")
				.param("graceMinutes", "30")
				.param("serviceStart", "23:00")
				.param("serviceEnd", "08:00")
				.param("slowThresholdSeconds", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(answer).contains("服务时段的结束时间早于开始时间");
		assertThat(figures.settings(shop.id()).judgeRule()).isEqualTo(JudgeRule.ORDER_FIRST);
		mvc.perform(get("/shops/" + shop.id() + "/figures/settings").with(as(mei.username())))
			.andExpect(status().isForbidden());
	}

	/** A page, once what is queued is recomputed. */
	private String page(String username, String path) throws Exception {
		recompute.runQueued();
		return mvc.perform(get("/shops/" + shop.id() + path).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The buyer id in the first link to a reception of a list page. */
	private static String buyerIdIn(String list) {
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/figures/receptions/\\d+/(\\d+)/")
			.matcher(list);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
