package io.kefu.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.kefu.PageTestData;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	ImportJobs jobs;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("导入页测试店").orElseGet(() -> PageTestData.openShop(shops, staff, "导入页测试店", "imports-"));
	}

	@Test
	void supervisorSeesTheDropZoneAndTheShopsRecentJobs() throws Exception {
		ImportJob job = importChat();

		mvc.perform(get(url("/imports")).with(as("imports-zhuguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>导入数据</h1>")))
			.andExpect(content().string(containsString("id=\"import-files\"")))
			.andExpect(content().string(containsString("跳过错误行")))
			.andExpect(content().string(containsString("name=\"_csrf_header\"")))
			.andExpect(content().string(containsString("qianniu-clipboard-gbk.txt")))
			.andExpect(content().string(containsString(url("/imports/" + job.id()))))
			.andExpect(content().string(containsString("id=\"import-text\"")));
	}

	@Test
	void preSalesAgentIsRefusedAndSeesNoImportsInTheNav() throws Exception {
		mvc.perform(get(url("/imports")).with(as("imports-xiaomei")))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/error/403"));
		mvc.perform(get(url("/products")).with(as("imports-xiaomei")))
			.andExpect(content().string(not(containsString(url("/imports")))));
		mvc.perform(get(url("/products")).with(as("imports-zhuguan")))
			.andExpect(content().string(containsString(url("/imports"))));
	}

	@Test
	void jobPageShowsEachFilesCountsAndTheErrorReport() throws Exception {
		ImportJob job = importChat();

		mvc.perform(get(url("/imports/" + job.id())).with(as("imports-zhuguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("导入结果"), containsString("完成"), containsString("千牛聊天记录"),
					containsString("已导入"), containsString("读取"), containsString("新增"), containsString("<dd>7</dd>"))))
			// a finished job is not polled any more
			.andExpect(content().string(not(containsString("hx-trigger"))));
		mvc.perform(get(url("/imports/" + job.id() + "/progress")).with(as("imports-zhuguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"job-progress\""), containsString("<dd>7</dd>"),
					not(containsString("<html")))));
	}

	@Test
	void jobPageOffersTheErrorReportWhenLinesWereRejected() throws Exception {
		ImportJob job = awaitDone(
				jobs.submit(shop.id(), supervisorId(), List.of(new ImportJobs.Upload("ExportOrderList201805271900.csv",
						copyOf("taobao/ExportOrderList201805271900.csv"))), null, false));

		mvc.perform(get(url("/imports/" + job.id())).with(as("imports-zhuguan")))
			.andExpect(content().string(allOf(containsString("未导入：有错误行"),
					containsString("ExportOrderList201805271900.csv:6: 订单创建时间: “昨天下午”不是日期时间"),
					containsString(url("/imports/" + job.id() + "/errors")), containsString("下载完整错误报告"))));
		mvc.perform(get(url("/imports/" + job.id())).param("lang", "en").with(as("imports-zhuguan")))
			.andExpect(content().string(containsString(
					"ExportOrderList201805271900.csv:6: 订单创建时间: &#39;昨天下午&#39; is not a date and time")));
		mvc.perform(get(url("/imports/" + job.id() + "/errors")).with(as("imports-zhuguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ExportOrderList201805271900.csv:6: 订单创建时间: “昨天下午”不是日期时间")));
	}

	@Test
	void theFormPostedWithoutJavaScriptLeadsToTheJobsPage() throws Exception {
		MockMultipartFile chat = new MockMultipartFile("files", "qianniu-clipboard-gbk.txt", "text/plain",
				Files.readAllBytes(copyOf("chat/qianniu-clipboard-gbk.txt")));

		String jobPage = mvc.perform(multipart(url("/imports")).file(chat).with(as("imports-zhuguan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(jobPage).startsWith(url("/imports/"));
		ImportJob job = awaitDone(
				jobs.find(UUID.fromString(jobPage.substring(jobPage.lastIndexOf('/') + 1))).orElseThrow());
		assertThat(job.files()).singleElement().satisfies(file -> assertThat(file.report().read()).isEqualTo(7));
	}

	@Test
	void theFormWithoutFilesSaysSoOnTheImportPage() throws Exception {
		MockMultipartFile nothing = new MockMultipartFile("files", "", "application/octet-stream", new byte[0]);

		mvc.perform(multipart(url("/imports")).file(nothing).with(as("imports-zhuguan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(url("/imports")))
			.andExpect(flash().attribute("noFiles", true));
	}

	@Test
	void jobPageSaysWhenBadLinesWereSkipped() throws Exception {
		ImportJob job = awaitDone(
				jobs.submit(shop.id(), supervisorId(), List.of(new ImportJobs.Upload("ExportOrderList201805271900.csv",
						copyOf("taobao/ExportOrderList201805271900.csv"))), null, true));

		mvc.perform(get(url("/imports/" + job.id())).with(as("imports-zhuguan")))
			.andExpect(content().string(allOf(containsString("已导入，跳过 3 行错误"), containsString("下载完整错误报告"))));
	}

	@Test
	void aJobOfAnotherShopIsNotFound() throws Exception {
		mvc.perform(get(url("/imports/" + UUID.randomUUID())).with(as("imports-zhuguan")))
			.andExpect(status().isNotFound());
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		ImportJob job = importChat();

		mvc.perform(get(url("/imports")).param("lang", "en").with(as("imports-zhuguan")))
			.andExpect(content().string(allOf(containsString("<h1>Import data</h1>"), containsString("Skip bad lines"),
					containsString("Recent imports"))));
		mvc.perform(get(url("/imports/" + job.id())).param("lang", "en").with(as("imports-zhuguan")))
			.andExpect(content().string(allOf(containsString("Import result"), containsString("Qianniu chat"),
					containsString("Unchanged"), containsString("Imported"))));
	}

	private ImportJob importChat() throws IOException {
		return awaitDone(jobs.submit(shop.id(), supervisorId(),
				List.of(new ImportJobs.Upload("qianniu-clipboard-gbk.txt", copyOf("chat/qianniu-clipboard-gbk.txt"))),
				null, false));
	}

	private AgentId supervisorId() {
		return staff.findByUsername("imports-zhuguan").orElseThrow().id();
	}

	/** The job moves its files away, so it gets a copy. */
	static Path copyOf(String sample) throws IOException {
		Path copy = Files.createTempFile("kefu-sample", ".part");
		try (var in = ImportPagesIntegrationTests.class.getResourceAsStream("/ingest/" + sample)) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		return copy;
	}

	private ImportJob awaitDone(ImportJob submitted) {
		ImportJob job = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jobs.find(submitted.id()).orElseThrow(), found -> found.finishedAt() != null);
		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		return job;
	}

	private String url(String path) {
		return "/shops/" + shop.id() + path;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
