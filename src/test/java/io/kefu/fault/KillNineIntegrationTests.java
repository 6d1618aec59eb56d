package io.kefu.fault;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.kefu.support.ApiClient;
import io.kefu.support.KefuProcess;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault check: {@code target/kefu.jar} on its embedded PostgreSQL, killed with
 * SIGKILL in the middle of work, then started again. Only the public HTTP API is used to
 * work and to look, plus a count through Kefu's own database role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillNineIntegrationTests {

	private static final int ORDER_ROWS = 150_000;

	private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);

	private static final int BUYERS = 8;

	/** Messages each buyer has had answered when the kill comes. */
	private static final int ANSWERED_BEFORE_KILL = 10;

	private Path home;

	private KefuProcess kefu;

	private long shopId;

	@BeforeAll
	void startKefuWithAShop() {
		home = KefuProcess.newHome();
		kefu = KefuProcess.start(home);
		ApiClient.Reply shop = kefu.admin().post("/api/v1/shops", "{\"name\": \"断电测试店\", \"platform\": \"TAOBAO\"}");
		assertThat(shop.status()).isEqualTo(201);
		shopId = shop.json().get("id").asLong();
	}

	@AfterAll
	void stopKefu() {
		KefuProcess.discard(kefu, home);
	}

	@Test
	void anImportCutOffByKillNineIsNotAppliedAtAllAndImportsWholeAfterTheRestart(TestReporter reporter)
			throws Exception {
		Path report = orderReport(home.resolve("ExportOrderList.csv"), ORDER_ROWS);
		String job = upload(report);
		String statusAtKill = awaitStatus(job, "RUNNING");
		// a second and a half into the import, still seconds from its end
		letPass(Duration.ofMillis(1500));

		kefu.killNine();
		kefu.restart();

		assertThat(kefu.lastOutput()).contains("Stopped the PostgreSQL server");
		JsonNode after = kefu.admin().get("/api/v1/imports/" + job).json();
		long orders = orders();
		reporter.publishEntry("after the kill", "job " + after.get("status").asString() + ", " + orders + " orders");
		assertThat(statusAtKill).isEqualTo("RUNNING");
		if (orders == 0) {
			assertThat(after.get("status").asString()).isEqualTo("FAILED");
			assertThat(after.get("failure").asString()).isEqualTo("INTERRUPTED_BY_RESTART");
			JsonNode file = after.get("files").get(0);
			assertThat(file.get("status").asString()).isEqualTo("STOPPED");
			assertThat(file.get("report").isNull() || !file.get("report").get("applied").asBoolean()).isTrue();
		}
		else {
			// the transaction had committed just before the kill
			assertThat(orders).isEqualTo(ORDER_ROWS);
			assertThat(after.get("status").asString()).isEqualTo("DONE");
		}

		String again = upload(report);
		assertThat(awaitStatus(again, "DONE")).isEqualTo("DONE");
		assertThat(orders()).isEqualTo(ORDER_ROWS);
	}

	@Test
	void everyChatMessageAnsweredBeforeKillNineIsKeptAndRetriesStoreNothingTwice(TestReporter reporter)
			throws Exception {
		List<Buyer> buyers = new ArrayList<>();
		for (int i = 0; i < BUYERS; i++) {
			buyers.add(new Buyer(i,
					kefu.anonymous()
						.post("/api/v1/shops/" + shopId + "/visitor-sessions", "{\"nickname\": \"买家" + i + "\"}")
						.json()
						.get("token")
						.asString()));
		}
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService senders = Executors.newFixedThreadPool(buyers.size());
		buyers.forEach(buyer -> senders.submit(() -> buyer.talkUntil(killed)));
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> buyers.stream().allMatch(buyer -> buyer.answered.size() >= ANSWERED_BEFORE_KILL));

		kefu.killNine();
		killed.set(true);
		senders.shutdown();
		assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		kefu.restart();

		for (Buyer buyer : buyers) {
			buyer.retryEverything();
			Map<String, List<Long>> stored = buyer.storedMessages();
			assertThat(stored.keySet()).as("buyer %s: every message sent is stored", buyer.number)
				.containsExactlyInAnyOrderElementsOf(buyer.sent);
			assertThat(stored.values()).as("buyer %s: none twice", buyer.number).allMatch(ids -> ids.size() == 1);
			buyer.answered.forEach((clientId, id) -> assertThat(stored.get(clientId))
				.as("buyer %s: message %s as answered before the kill", buyer.number, clientId)
				.containsExactly(id));
			reporter.publishEntry("buyer " + buyer.number, buyer.sent.size() + " sent, " + buyer.answered.size()
					+ " answered before the kill, " + stored.size() + " stored");
		}
	}

	private String upload(Path file) throws IOException, InterruptedException {
		String boundary = "kefu-" + System.nanoTime();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + kefu.port() + "/api/v1/shops/" + shopId + "/imports"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + KefuProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofString(
							"--" + boundary + "\r\nContent-Disposition: form-data; " + "name=\"files\"; filename=\""
									+ file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n"),
					HttpRequest.BodyPublishers.ofFile(file),
					HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return new ApiClient.Reply(202, "", response.body()).json().get("id").asString();
	}

	/** Waits until the job reaches the status or goes past it; returns what it saw. */
	private String awaitStatus(String job, String wanted) {
		return await("import job " + job + " reaching " + wanted).atMost(IMPORT_TIMEOUT)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> kefu.admin().get("/api/v1/imports/" + job).json().get("status").asString(),
					status -> status.equals(wanted) || status.equals("DONE") || status.equals("FAILED"));
	}

	private long orders() throws SQLException {
		try (Connection connection = kefu.connectAsKefu();
				PreparedStatement count = connection
					.prepareStatement("select count(*) from shop_order where shop_id = ?")) {
			count.setLong(1, shopId);
			try (ResultSet rs = count.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/**
	 * A Taobao 订单报表 as the classic export writes it (GBK, CRLF, {@code ="…"} order
	 * numbers, the 2016 header with its trailing spaces).
	 */
	private static Path orderReport(Path file, int rows) throws IOException {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
		LocalDateTime start = LocalDateTime.of(2026, 10, 1, 0, 0);
		try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("GBK"))) {
			out.write("订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,"
					+ "订单状态,买家留言,收货人姓名,收货地址 ,运送方式,联系电话 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类 ,"
					+ "物流单号 ,物流公司,订单备注,宝贝总数量\r\n");
			for (int i = 0; i < rows; i++) {
				LocalDateTime created = start.plusSeconds(i * 7L);
				int price = 59 + i % 800;
				out.write("=\"" + (4100000000000000000L + i) + "\",tb" + (10_000_000 + i % 40_000) + ",**," + price
						+ ".00,0.00,0," + price + ".00,0," + price + ".00,0,交易成功,,张**,浙江省 杭州市 西湖区 ****,快递,,'138****"
						+ (1000 + i % 9000) + "," + created.format(time) + "," + created.plusMinutes(3).format(time)
						+ ",视谱 护眼台灯,1,,圆通,,1\r\n");
			}
		}
		return file;
	}

	/** A buyer on the chat page: sends numbered messages, a few a second. */
	private final class Buyer {

		private final int number;

		private final ApiClient api;

		private final List<String> sent = new ArrayList<>();

		private final Map<String, Long> answered = new ConcurrentHashMap<>();

		private final List<Long> conversations = new ArrayList<>();

		Buyer(int number, String token) {
			this.number = number;
			this.api = kefu.anonymous().bearer(token);
		}

		void talkUntil(AtomicBoolean killed) {
			for (int i = 0; !killed.get(); i++) {
				String clientId = "b" + number + "-m" + i;
				synchronized (sent) {
					sent.add(clientId);
				}
				send(clientId).ifPresent(message -> answered.put(clientId, message.get("id").asLong()));
				pause();
			}
		}

		/** Sends every message again, with its own client id, as the page does. */
		void retryEverything() {
			for (String clientId : List.copyOf(sent)) {
				JsonNode message = send(clientId).orElseThrow(() -> new AssertionError(clientId + " was not stored"));
				synchronized (conversations) {
					if (!conversations.contains(message.get("conversationId").asLong())) {
						conversations.add(message.get("conversationId").asLong());
					}
				}
				pause();
			}
		}

		/** The buyer's own messages in every conversation they had: client id → ids. */
		Map<String, List<Long>> storedMessages() {
			Map<String, List<Long>> stored = new HashMap<>();
			for (long conversation : conversations) {
				JsonNode transcript = api.get("/api/v1/visitor/messages?after=0&conversationId=" + conversation).json();
				for (JsonNode message : transcript.get("messages")) {
					if ("IN".equals(message.get("direction").asString())) {
						stored.computeIfAbsent(message.get("clientId").asString(), key -> new ArrayList<>())
							.add(message.get("id").asLong());
					}
				}
			}
			return stored;
		}

		private Optional<JsonNode> send(String clientId) {
			try {
				ApiClient.Reply reply = api.post("/api/v1/visitor/messages",
						"{\"clientId\": \"" + clientId + "\", \"content\": \"第" + clientId + "条：有货吗\"}");
				return reply.status() == 200 ? Optional.of(reply.json()) : Optional.empty();
			}
			catch (IllegalStateException ex) {
				// the server went away while the message travelled
				return Optional.empty();
			}
		}

	}

	// under the five messages a second a buyer may send
	private static void pause() {
		letPass(Duration.ofMillis(250));
	}

	/**
	 * Lets the time pass: here the time itself is the point, not a condition to watch
	 * for.
	 */
	private static void letPass(Duration time) {
		await().pollDelay(time).atMost(time.plusSeconds(1)).until(() -> true);
	}

}
