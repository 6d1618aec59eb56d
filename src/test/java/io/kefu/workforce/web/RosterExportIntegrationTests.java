package io.kefu.workforce.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import io.kefu.access.Role;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster downloaded as a workbook: the supervisor's draft, the agents' published
 * copy, nothing for another shop.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterExportIntegrationTests {

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

	Agent boss;

	Agent mei;

	Agent stranger;

	@BeforeEach
	void aDepartmentWithADraft() throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("导出排班店" + suffix);
		boss = fixture.account(shop, "rx-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "rx-mei" + suffix, Role.PRE_SALES);
		stranger = fixture.account(fixture.shop("别家导出" + suffix), "rx-x" + suffix, Role.SUPERVISOR);
		mvc.perform(put("/api/v1/shops/" + shop.id().value() + "/rosters/2027-03/assignments").with(as(boss))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-03-01\", \"shift\": \"N\"},"
					+ "{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-03-02\", \"shift\": null}]"))
			.andExpect(status().isOk());
	}

	@Test
	void theSupervisorDownloadsTheDraft() throws Exception {
		Sheet sheet = download(boss);

		assertThat(text(sheet, 0, 0)).contains("2027年3月排班表").contains("草稿");
		assertThat(text(sheet, 3, 0)).isEqualTo(mei.displayName());
		assertThat(text(sheet, 3, 2)).isEqualTo("晚班");
		assertThat(text(sheet, 3, 3)).isEqualTo("休");
		assertThat(sheet.getRow(3).getCell(2 + 31).getNumericCellValue()).isEqualTo(6.5);
	}

	@Test
	void anAgentDownloadsOnlyThePublishedRoster() throws Exception {
		Sheet before = download(mei);
		assertThat(text(before, 3, 0)).isEqualTo(mei.displayName());
		assertThat(text(before, 3, 2)).as("the draft is the supervisor's").isEmpty();

		mvc.perform(post("/api/v1/shops/" + shop.id().value() + "/rosters/2027-03/publish").with(as(boss)).with(csrf()))
			.andExpect(status().isOk());

		Sheet after = download(mei);
		assertThat(text(after, 0, 0)).contains("已发布");
		assertThat(text(after, 3, 2)).isEqualTo("晚班");
		assertThat(text(after, 3, 3)).isEqualTo("休");
	}

	@Test
	void anotherShopAndABadMonthAreRefused() throws Exception {
		mvc.perform(get(file("2027-03")).with(as(stranger))).andExpect(status().isForbidden());
		mvc.perform(get(file("2027-13")).with(as(boss))).andExpect(status().isBadRequest());
		mvc.perform(get(file("März")).with(as(mei))).andExpect(status().isBadRequest());
	}

	private Sheet download(Agent who) throws Exception {
		byte[] file = mvc.perform(get(file("2027-03")).with(as(who)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"roster-2027-03.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			return book.getSheetAt(0);
		}
		catch (IOException ex) {
			throw new AssertionError("not a workbook", ex);
		}
	}

	private String file(String month) {
		return "/shops/" + shop.id().value() + "/rosters/" + month + ".xlsx";
	}

	private static String text(Sheet sheet, int row, int column) {
		Row line = sheet.getRow(row);
		return line == null || line.getCell(column) == null ? "" : line.getCell(column).getStringCellValue();
	}

	private RequestPostProcessor as(Agent agent) {
		return user(accounts.loadUserByUsername(agent.username()));
	}

}
