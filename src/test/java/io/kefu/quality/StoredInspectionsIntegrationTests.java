package io.kefu.quality;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.ingest.FileReport;
import io.kefu.ingest.Imports;
import io.kefu.reception.Message;
import io.kefu.reception.Messages;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
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
import static org.awaitility.Awaitility.await;

/**
 * A day of chats imported in Qianniu's clipboard format is inspected on its own once the
 * figures have stored its receptions; the stored hits point at the stored messages, and
 * the API gives a supervisor everyone's inspections and an agent only their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredInspectionsIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

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
	Messages messages;

	@Autowired
	Inspections inspections;

	@Autowired
	InspectionRules rules;

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
		shop = fixture.shop("质检店" + suffix);
		boss = "qboss" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		mei = fixture.account(shop, "qmei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "qjie" + suffix, Role.PRE_SALES);
		String meiAccount = shop.name() + ":" + mei.username();
		String jieAccount = shop.name() + ":" + jie.username();
		Path chat = files.resolve("chat.txt");
		Files.write(chat, String
			.join("\r\n", "买家甲 2026-3-2 10:00:00", "在吗", meiAccount + " 2026-3-2 10:00:30", "在",
					"买家甲 2026-3-2 10:01:00", "有白色吗", meiAccount + " 2026-3-2 10:05:00", "有的，加我微信发你图", "",
					"买家乙 2026-3-2 21:00:00", "能便宜点吗", jieAccount + " 2026-3-2 21:00:30", "亲，您好，我们的价格是统一的，感谢您的理解", "")
			.getBytes(Charset.forName("GBK")));
		FileReport report = imports.importFile(shop.id(), chat, "chat.txt", null, false);
		assertThat(report.applied()).as(report.toString()).isTrue();
	}

	@Test
	void eachReceptionIsInspectedOnceItsFiguresAreStoredAndItsHitsPointAtTheStoredMessages() {
		List<StoredInspection> stored = awaitInspections(2);

		StoredInspection ofMei = of(stored, mei);
		List<Message> thread = messages.thread(shop.id(), ofMei.reception().buyerId());
		// in message order, and by rule within a message
		assertThat(hits(ofMei, thread)).containsExactly("LONE_SYLLABLE@在", "NO_GREETING@在", "SLOW_RESPONSE@有的，加我微信发你图",
				"NO_FAREWELL@有的，加我微信发你图", "OFF_PLATFORM@有的，加我微信发你图");
		assertThat(ofMei.score()).isEqualTo(100 - 5 - 2 - 30 - 3 - 3);
		StoredInspection ofJie = of(stored, jie);
		assertThat(ofJie.hits()).isEmpty();
		assertThat(ofJie.score()).isEqualTo(100);
	}

	@Test
	void aRuleTurnedOffTakesItsHitsAwayWhenThePeriodIsInspectedAgain() {
		awaitInspections(2);
		Rule rule = Rule.OFF_PLATFORM;
		rules.change(shop.id(), rule, rules.of(shop.id()).rule(rule).withEnabled(false), mei.id());

		inspections.inspectNow(shop.id(), DAY, DAY);

		StoredInspection ofMei = of(inspections.between(shop.id(), DAY, DAY, null), mei);
		assertThat(ofMei.hits()).extracting(StoredInspection.Hit::rule).doesNotContain(Rule.OFF_PLATFORM);
		assertThat(ofMei.score()).isEqualTo(100 - 5 - 2 - 3 - 3);
		assertThat(ofMei.rulesVersion()).isEqualTo(1);
	}

	@Test
	void aSupervisorReadsEveryonesInspectionsAndAnAgentOnlyTheirOwn() {
		awaitInspections(2);
		String path = "/api/v1/shops/" + shop.id() + "/inspections?from=2026-03-02&to=2026-03-02";

		JsonNode all = ApiClient.anonymous(port).as(boss, ShopFixture.PASSWORD).get(path).json();
		assertThat(all.get("total").asInt()).isEqualTo(2);
		JsonNode own = ApiClient.anonymous(port)
			.as(jie.username(), ShopFixture.PASSWORD)
			.get(path + "&agent=" + mei.id().value())
			.json();
		assertThat(own.get("total").asInt()).isEqualTo(1);
		assertThat(own.get("inspections").get(0).get("agentId").asLong()).isEqualTo(jie.id().value());

		JsonNode summary = ApiClient.anonymous(port)
			.as(boss, ShopFixture.PASSWORD)
			.get("/api/v1/shops/" + shop.id() + "/inspections/summary?from=2026-03-02&to=2026-03-02")
			.json();
		assertThat(summary.get("team").get("receptions").asInt()).isEqualTo(2);
		assertThat(summary.get("team").get("averageScore").asDouble()).isEqualTo((57 + 100) / 2.0);
		assertThat(summary.get("team").get("hitsPer100").get("OFF_PLATFORM").asDouble()).isEqualTo(50.0);
	}

	@Test
	void onlyASupervisorMayQueueAPeriodAgain() {
		String path = "/api/v1/shops/" + shop.id() + "/inspections/rerun?from=2026-03-02&to=2026-03-02";
		assertThat(ApiClient.anonymous(port).as(jie.username(), ShopFixture.PASSWORD).post(path, "{}").status())
			.isEqualTo(403);
		assertThat(ApiClient.anonymous(port).as(boss, ShopFixture.PASSWORD).post(path, "{}").status()).isEqualTo(202);
	}

	private List<StoredInspection> awaitInspections(int count) {
		List<StoredInspection> stored = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> inspections.between(shop.id(), DAY, DAY, null), found -> found.size() >= count);
		assertThat(stored).hasSize(count);
		return stored;
	}

	private static StoredInspection of(List<StoredInspection> stored, Agent agent) {
		return stored.stream().filter(each -> each.reception().agentId().equals(agent.id())).findFirst().orElseThrow();
	}

	private static List<String> hits(StoredInspection inspection, List<Message> thread) {
		List<String> named = new ArrayList<>();
		for (StoredInspection.Hit hit : inspection.hits()) {
			String text = thread.stream()
				.filter(message -> message.id() == hit.messageId())
				.map(Message::content)
				.findFirst()
				.orElse("?");
			named.add(hit.rule() + "@" + text);
		}
		return named;
	}

}
