package io.kefu.ingest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ImportApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	String boss;

	String agent;

	@BeforeEach
	void setUp() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("导入店" + suffix);
		boss = "boss" + suffix;
		agent = "mei" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		fixture.account(shop, agent, Role.PRE_SALES);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, ShopFixture.PASSWORD);
	}

	private static MockMultipartFile upload(String path) throws Exception {
		Path file = sample(path);
		return new MockMultipartFile("files", file.getFileName().toString(), "application/octet-stream",
				Files.readAllBytes(file));
	}

	private static Path sample(String path) throws URISyntaxException {
		return Path.of(ImportApiIntegrationTests.class.getResource("/ingest/" + path).toURI());
	}

	@Test
	void aSupervisorsFilesAreImportedInTheBackgroundAndReported() throws Exception {
		String location = mvc
			.perform(multipart("/api/v1/shops/" + shop.id() + "/imports")
				.file(upload("taobao/ExportOrderList201805271900.csv"))
				.file(upload("chat/qianniu-clipboard-gbk.txt"))
				.with(as(boss)))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		JsonNode job = awaitDone(location);

		assertThat(job.get("status").asString()).isEqualTo("DONE");
		JsonNode orders = job.get("files").get(0).get("report");
		assertThat(orders.get("kind").asString()).isEqualTo("TAOBAO_ORDERS");
		assertThat(orders.get("applied").asBoolean()).isFalse();
		assertThat(orders.get("rejected").asLong()).isEqualTo(3);
		JsonNode chat = job.get("files").get(1).get("report");
		assertThat(chat.get("applied").asBoolean()).isTrue();
		assertThat(chat.get("inserted").asLong()).isEqualTo(7);

		assertThat(orders.get("errors").toString()).contains("ExportOrderList201805271900.csv:6: 订单创建时间: “昨天下午”不是日期时间");
		String english = mvc.perform(get(location).with(as(boss)).header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(english).contains("ExportOrderList201805271900.csv:6: 订单创建时间: '昨天下午' is not a date and time");

		String errors = mvc.perform(get(location + "/errors").with(as(boss)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(errors).contains("ExportOrderList201805271900.csv: 淘宝订单报表，未导入：有错误行：读取 6",
				"ExportOrderList201805271900.csv:6: 订单创建时间: “昨天下午”不是日期时间");
		String englishErrors = mvc.perform(get(location + "/errors").with(as(boss)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(englishErrors).contains("ExportOrderList201805271900.csv:6: 订单创建时间: '昨天下午' is not a date and time");
	}

	@Test
	void skippingBadLinesIsTheCallersChoice() throws Exception {
		String location = mvc
			.perform(multipart("/api/v1/shops/" + shop.id() + "/imports")
				.file(upload("taobao/ExportOrderList201805271900.csv"))
				.param("skipBadLines", "true")
				.with(as(boss)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");

		JsonNode report = awaitDone(location).get("files").get(0).get("report");

		assertThat(report.get("applied").asBoolean()).isTrue();
		assertThat(report.get("inserted").asLong()).isEqualTo(3);
	}

	@Test
	void anEmptyUploadIsABadRequestInTheCallersLanguage() throws Exception {
		MockMultipartFile empty = new MockMultipartFile("files", "empty.csv", "text/csv", new byte[0]);

		mvc.perform(multipart("/api/v1/shops/" + shop.id() + "/imports").file(empty).with(as(boss)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("没有收到可以导入的内容：文件是空的吗？"));
		mvc.perform(multipart("/api/v1/shops/" + shop.id() + "/imports").file(empty)
			.header("Accept-Language", "en")
			.with(as(boss))).andExpect(jsonPath("$.detail").value("Nothing to import arrived: is the file empty?"));
	}

	@Test
	void agentsMayNotImport() throws Exception {
		mvc.perform(multipart("/api/v1/shops/" + shop.id() + "/imports").file(upload("chat/qianniu-clipboard-gbk.txt"))
			.with(as(agent))).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownJobIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/imports/" + java.util.UUID.randomUUID()).with(as(boss)))
			.andExpect(status().isNotFound());
	}

	private JsonNode awaitDone(String location) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> JSON.readTree(mvc.perform(get(location).with(as(boss)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)),
					job -> Set.of("DONE", "FAILED").contains(job.get("status").asString()));
	}

}
