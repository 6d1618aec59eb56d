package io.kefu.appraisal.web;

import java.io.ByteArrayInputStream;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The appraisal page: the supervisor's table with every cell explained, the sheet form,
 * submitting and the owner's approval; an agent's statement of their own row only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppraisalPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	String suffix;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("考核页店" + suffix);
		fixture.account(shop, "khy-boss" + suffix, Role.SUPERVISOR);
		fixture.account(shop, "khy-mei" + suffix, Role.PRE_SALES);
		fixture.account(shop, "khy-lan" + suffix, Role.PRE_SALES);
		fixture.account(shop, "khy-dz" + suffix, Role.OWNER);
		fixture.account(shop, "khy-px" + suffix, Role.TRAINER);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username + suffix));
	}

	private String page() {
		return "/shops/" + shop.id() + "/appraisals?month=2026-11";
	}

	@Test
	void theSupervisorSeesEveryAgentWithEachFigureExplained() throws Exception {
		mvc.perform(get(page()).with(as("khy-boss")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("khy-mei" + suffix)))
			.andExpect(content().string(containsString("khy-lan" + suffix)))
			.andExpect(content().string(containsString("没有设销售目标，计满分")))
			.andExpect(content().string(containsString("本月没有询单，计 0 分")))
			.andExpect(content().string(containsString("奖罚评分表")))
			.andExpect(content().string(containsString("提交给店长")));
	}

	@Test
	void theChartDrawsABarPerAgentReadableForEveryPartAndTheTableSorts() throws Exception {
		String team = mvc.perform(get(page()).with(as("khy-boss")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(team.split("class=\"chart-bar\" role=\"img\"", -1)).hasSize(3);
		assertThat(team).contains("KPI 构成", "销售 100.00 × 30% = 30.00", "询单转化 0.00 × 30% = 0.00",
				"fill=\"url(#appraisal-hatch)\"", "js/sortable-table.js", "data-sortable", "data-sort=\"number\"");

		String own = mvc.perform(get(page()).with(as("khy-mei")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own.split("class=\"chart-bar\" role=\"img\"", -1)).hasSize(2);
		assertThat(own).contains("khy-mei" + suffix + "：KPI").doesNotContain("khy-lan" + suffix);
	}

	@Test
	void anAgentSeesTheirOwnStatementOnly() throws Exception {
		mvc.perform(get(page()).with(as("khy-mei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我的考核与工资")))
			.andExpect(content().string(containsString("khy-mei" + suffix)))
			.andExpect(content().string(not(containsString("khy-lan" + suffix))))
			.andExpect(content().string(not(containsString("提交给店长"))));
		mvc.perform(get(page()).with(as("khy-px"))).andExpect(status().isForbidden());
		mvc.perform(get("/shops/" + shop.id() + "/appraisals?month=2026-13").with(as("khy-boss")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theTableDownloadsAsAWorkbookAndAnAgentsAsTheirStatement() throws Exception {
		String file = "/shops/" + shop.id() + "/appraisals/2026-11.xlsx";

		byte[] team = mvc.perform(get(file).with(as("khy-boss")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] own = mvc.perform(get(file).with(as("khy-mei")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(team))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("KPI");
			assertThat(sheet.getLastRowNum()).as("a line per agent with a skill group").isEqualTo(2);
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(own))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("khy-mei" + suffix);
		}
		mvc.perform(get(file).with(as("khy-px"))).andExpect(status().isForbidden());
	}

	@Test
	void theSupervisorSubmitsAndTheOwnerApproves() throws Exception {
		String month = "/shops/" + shop.id() + "/appraisals/2026-11";
		mvc.perform(post(month + "/approve").with(as("khy-boss")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(month + "/submit").with(as("khy-boss")).with(csrf()))
			.andExpect(flash().attribute("done", "appraisal.done.SUBMITTED"));
		mvc.perform(post(month + "/sheet").with(as("khy-boss"))
			.with(csrf())
			.param("agent", String.valueOf(staff.findByUsername("khy-mei" + suffix).orElseThrow().id().value()))
			.param("day", "2026-11-05")
			.param("amount", "-10")
			.param("reason", "迟到")).andExpect(flash().attribute("problem", "appraisal.locked"));
		mvc.perform(post(month + "/approve").with(as("khy-dz")).with(csrf()))
			.andExpect(flash().attribute("done", "appraisal.done.APPROVED"));

		mvc.perform(get(page()).with(as("khy-dz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("店长已批准")))
			.andExpect(content().string(containsString("主管提交")))
			.andExpect(content().string(containsString("退回重开")));
	}

}
