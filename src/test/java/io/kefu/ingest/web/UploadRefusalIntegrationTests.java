package io.kefu.ingest.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import io.kefu.access.Role;
import io.kefu.ingest.ImportJobs;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads the import endpoints refuse, sent over real HTTP to the real Tomcat, where the
 * multipart parsing and the size limits live: each ends in a clean 4xx that names the
 * problem, the client reads it whole, and nothing is queued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.imports.max-upload-size=1MB")
@AutoConfigureMockMvc
class UploadRefusalIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BOUNDARY = "----kefu-test-boundary";

	private static final byte[] CHAT = "买家甲 2026-3-2 10:00:00\r\n在吗\r\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	ImportJobs jobs;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	String boss;

	@BeforeEach
	void setUp() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("上传店" + suffix);
		boss = "boss" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
	}

	@Test
	void anUploadOverTheLimitIsAnswered413NamingTheLimitAfterItsBodyIsRead() throws Exception {
		byte[] body = multipart("orders.csv", new byte[3 * 1024 * 1024]);

		RawHttp.Answer answer = new RawHttp(port).send(apiHead(body.length, ""), body, false);

		assertProblem(answer, 413).contains("1 MB");
		assertThat(jobs.recent(shop.id(), 10)).isEmpty();
	}

	@Test
	void anUploadOverTheLimitThatWaitsToContinueIsRefusedBeforeItsBodyIsSent() throws Exception {
		RawHttp.Answer answer = new RawHttp(port).send(apiHead(50L * 1024 * 1024, "Expect: 100-continue\r\n"),
				new byte[0], true);

		assertProblem(answer, 413).contains("1 MB");
	}

	@Test
	void aChunkedUploadOverTheLimitIsAnswered413() throws Exception {
		byte[] body = chunked(multipart("orders.csv", new byte[3 * 1024 * 1024 / 2]));

		RawHttp.Answer answer = new RawHttp(port).send(
				head("/api/v1/shops/" + shop.id() + "/imports", "Transfer-Encoding: chunked\r\n" + basic()), body,
				false);

		assertProblem(answer, 413).contains("1 MB");
	}

	@Test
	void anUnterminatedMultipartBodyIsABadRequest() throws Exception {
		byte[] whole = multipart("chat.txt", CHAT);
		byte[] cut = Arrays.copyOf(whole, whole.length - (BOUNDARY.length() + 8));

		RawHttp.Answer answer = new RawHttp(port).send(apiHead(cut.length, ""), cut, false);

		assertProblem(answer, 400);
		assertThat(jobs.recent(shop.id(), 10)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../chat.txt", "logs/chat.txt", "C:\\Users\\mei\\chat.txt", "..", "chat\u0007.txt" })
	void aFileNameThatIsAPathIsABadRequestNamingIt(String name) throws Exception {
		byte[] body = multipart(name, CHAT);

		RawHttp.Answer answer = new RawHttp(port).send(apiHead(body.length, ""), body, false);

		assertProblem(answer, 400).contains("files");
		assertThat(jobs.recent(shop.id(), 10)).isEmpty();
	}

	@Test
	void aFileNameWithANulByteIsABadRequest() throws Exception {
		byte[] body = multipart("chat\u0000.txt", CHAT);

		RawHttp.Answer answer = new RawHttp(port).send(apiHead(body.length, ""), body, false);

		assertProblem(answer, 400);
		assertThat(jobs.recent(shop.id(), 10)).isEmpty();
	}

	@Test
	void anUnterminatedBodySentToThePageLeadsBackToTheImportPageWhichSaysSo() throws Exception {
		byte[] whole = multipart("chat.txt", CHAT);
		byte[] cut = Arrays.copyOf(whole, whole.length - (BOUNDARY.length() + 8));

		// as the page's own script sends it: the session's cookie and the token in a
		// header
		WebSession page = WebSession.signIn(port, boss, ShopFixture.PASSWORD);
		String session = "Cookie: " + page.cookie("JSESSIONID") + "\r\nX-CSRF-TOKEN: " + page.csrfToken() + "\r\n";

		RawHttp.Answer answer = new RawHttp(port).send(
				head("/shops/" + shop.id() + "/imports", "Content-Length: " + cut.length + "\r\n" + session), cut,
				false);

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.headers().get("location")).endsWith("/shops/" + shop.id() + "/imports?refused=badBody");
		mvc.perform(
				get("/shops/" + shop.id() + "/imports?refused=badBody").with(user(accounts.loadUserByUsername(boss))))
			.andExpect(content().string(containsString("上传内容不完整")));
		assertThat(jobs.recent(shop.id(), 10)).isEmpty();
	}

	@Test
	void anUnterminatedBodyThatTheSignInChecksReadFirstIsABadRequestPage() throws Exception {
		byte[] whole = multipart("chat.txt", CHAT);
		byte[] cut = Arrays.copyOf(whole, whole.length - (BOUNDARY.length() + 8));

		RawHttp.Answer answer = new RawHttp(port)
			.send(head("/shops/" + shop.id() + "/imports", "Content-Length: " + cut.length + "\r\n"), cut, false);

		assertThat(answer.status()).isBetween(400, 499);
	}

	@Test
	void aPageUploadOverTheLimitLeadsBackToTheImportPageWhichNamesTheLimit() throws Exception {
		byte[] body = multipart("orders.csv", new byte[3 * 1024 * 1024]);

		RawHttp.Answer answer = new RawHttp(port)
			.send(head("/shops/" + shop.id() + "/imports", "Content-Length: " + body.length + "\r\n"), body, false);

		assertThat(answer.status()).isEqualTo(303);
		String page = answer.headers().get("location");
		assertThat(page).endsWith("/shops/" + shop.id() + "/imports?refused=tooLarge");
		mvc.perform(get(page.substring(page.indexOf("/shops/"))).with(user(accounts.loadUserByUsername(boss))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 MB")));
	}

	private org.assertj.core.api.AbstractStringAssert<?> assertProblem(RawHttp.Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return assertThat(problem.get("detail").asString());
	}

	private String apiHead(long length, String extra) {
		return head("/api/v1/shops/" + shop.id() + "/imports", "Content-Length: " + length + "\r\n" + basic() + extra);
	}

	private String basic() {
		String credentials = Base64.getEncoder()
			.encodeToString((boss + ":" + ShopFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return "Authorization: Basic " + credentials + "\r\n";
	}

	private String head(String path, String headers) {
		return "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: application/json\r\n"
				+ "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n" + headers + "\r\n";
	}

	private static byte[] multipart(String fileName, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static byte[] chunked(byte[] body) {
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		for (int at = 0; at < body.length; at += 8192) {
			int size = Math.min(8192, body.length - at);
			chunks.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			chunks.write(body, at, size);
			chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		return chunks.toByteArray();
	}

}
