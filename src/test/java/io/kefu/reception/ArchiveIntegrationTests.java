package io.kefu.reception;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderNo;
import io.kefu.order.OrderStatus;
import io.kefu.order.Orders;
import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportKind;
import io.kefu.ingest.Imports;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive (聊天记录) over imported chat records: search in Chinese, conversations opened
 * whole, the buyer's history, exports masked, another shop kept out, and an exported text
 * imported again giving the same conversations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class ArchiveIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Imports imports;

	@Autowired
	Archive archive;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Orders orders;

	@TempDir
	Path files;

	ChatScene scene;

	ChatScene.AgentSide boss;

	ChatScene.AgentSide mei;

	@BeforeEach
	void importTwoBuyers() throws IOException {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		boss = scene.supervisor("王主管");
		mei = scene.preSales("小美");
		String agent = scene.shop.name() + ":小美";
		imported("wang.txt", """
				2024-03-05
				09:00:01
				亲，发顺丰包邮吗
				tb_wang
				09:00:20
				包邮的亲，默认发顺丰
				%1$s
				09:01:00
				我的电话13812345678，地址浙江省杭州市西湖区文三路100号3栋
				tb_wang
				2024-03-06
				10:00:00
				收到了，谢谢
				tb_wang
				""".formatted(agent));
		imported("li.txt", """
				2024-03-07
				14:00:00
				有破损怎么办
				tb_li
				14:00:30
				亲，拍照给我，给您补发
				%1$s
				""".formatted(agent));
		archive.catchUp();
	}

	private FileReport imported(String name, String text) throws IOException {
		Path file = files.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		FileReport report = imports.importFile(scene.shop.id(), file, name, ImportKind.CHAT_WEB_HISTORY, false);
		assertThat(report.errors()).as(report.toString()).isEmpty();
		return report;
	}

	@Test
	void aWordAPhraseAndAWordTheAnalyzerCutsDifferentlyAreAllFound() {
		assertThat(snippets("顺丰")).containsExactlyInAnyOrder("包邮的亲，默认发顺丰", "亲，发顺丰包邮吗");
		assertThat(snippets("默认发顺丰")).containsExactly("包邮的亲，默认发顺丰");
		assertThat(snippets("邮吗")).as("across the words 包邮 and 吗").containsExactly("亲，发顺丰包邮吗");
		assertThat(snippets("破")).as("one character").containsExactly("有破损怎么办");
		assertThat(snippets("包邮 默认")).as("every word, anywhere").containsExactly("包邮的亲，默认发顺丰");
		assertThat(snippets("包邮 破损")).isEmpty();
		assertThat(snippets("京东")).isEmpty();
	}

	@Test
	void hitsNameTheirConversationAndMarkTheWordsSearched() {
		JsonNode hit = search(mei, "q=" + enc("补发")).get("hits").get(0);

		assertThat(hit.get("buyerNick").asString()).isEqualTo("tb_li");
		assertThat(hit.get("agent").asString()).isEqualTo("小美");
		assertThat(hit.get("day").asString()).isEqualTo("2024-03-07");
		assertThat(hit.get("highlights").get(0).get(0).asInt()).isEqualTo(hit.get("snippet").asString().indexOf("补发"));
		JsonNode opened = get(mei,
				"/api/v1/shops/" + scene.shopId + "/archive/conversations/" + hit.get("conversationId").asLong());
		assertThat(opened.get("imported").asBoolean()).isTrue();
		assertThat(opened.get("messages")).extracting(m -> m.get("content").asString())
			.containsExactly("有破损怎么办", "亲，拍照给我，给您补发");
		assertThat(opened.get("messages")).anyMatch(m -> m.get("id").asLong() == hit.get("messageId").asLong());
	}

	@Test
	void anEmoticonCodeReadsAsItsEmojiInTheHitsButStaysStoredAsTheCode() throws IOException {
		imported("zhang.txt", """
				2024-03-08
				11:00:00
				收到台灯了很喜欢/:809
				tb_zhang
				""");
		archive.catchUp();

		String page = pages("小美").get("/shops/" + scene.shopId + "/archive?q=" + enc("喜欢")).body();

		assertThat(page).contains("\uD83D\uDE0D").doesNotContain("/:809");
		assertThat(search(mei, "q=" + enc("喜欢")).get("hits").get(0).get("snippet").asString()).endsWith("/:809");
	}

	@Test
	void aLaterImportOfAFiledDayJoinsItsConversationNumberedAfterTheOthers() throws IOException {
		long li = buyerOf("补发");
		String history = "/api/v1/shops/" + scene.shopId + "/buyers/" + li + "/conversations";
		long day = get(mei, history).get(0).get("id").asLong();
		String agent = scene.shop.name() + ":小美";
		String more = """
				2024-03-07
				13:00:00
				在吗
				tb_li
				14:05:00
				已经给您补发了
				%1$s
				""".formatted(agent);

		assertThat(imported("more.txt", more).inserted()).isEqualTo(2);
		assertThat(imported("more-again.txt", more).inserted()).isZero();

		assertThat(get(mei, history)).singleElement().satisfies(c -> assertThat(c.get("id").asLong()).isEqualTo(day));
		JsonNode opened = get(mei, "/api/v1/shops/" + scene.shopId + "/archive/conversations/" + day);
		assertThat(opened.get("messages")).extracting(m -> m.get("content").asString())
			.containsExactlyInAnyOrder("有破损怎么办", "亲，拍照给我，给您补发", "在吗", "已经给您补发了");
		Integer[] seqs = jdbc.sql("select seq from message where conversation_id = ? order by seq")
			.param(day)
			.query(Integer.class)
			.list()
			.toArray(Integer[]::new);
		assertThat(seqs).containsExactly(1, 2, 3, 4);
		assertThat(jdbc.sql("select last_seq from conversation where id = ?").param(day).query(Integer.class).single())
			.isEqualTo(4);
	}

	@Test
	void importedHistoryIsListedBesideTheChatADayAConversation() {
		long wang = buyerOf("收到了");

		JsonNode history = get(mei, "/api/v1/shops/" + scene.shopId + "/buyers/" + wang + "/conversations");

		assertThat(history).hasSize(2);
		assertThat(history).allMatch(c -> c.get("status").asString().equals("CLOSED"));
		assertThat(history.get(1).get("agentName").asString()).isEqualTo("小美");
	}

	@Test
	void filtersNarrowByBuyerAgentAndDays() {
		assertThat(search(mei, "buyer=tb_li").get("total").asLong()).isEqualTo(2);
		assertThat(search(mei, "buyer=nobody").get("total").asLong()).isZero();
		assertThat(search(mei, "from=2024-03-06&to=2024-03-07").get("total").asLong()).isEqualTo(3);
		assertThat(search(mei, "agent=" + agentOf("补发")).get("total").asLong()).isEqualTo(2);
		assertThat(search(mei, "").get("total").asLong()).as("no words, no filter: everything").isEqualTo(6);
		assertThat(mei.api().get(searchPath("from=2024-03-07&to=2024-03-01")).status()).isEqualTo(400);
		assertThat(mei.api().get(searchPath("from=yesterday")).status()).isEqualTo(400);
		assertThat(mei.api().get(searchPath("page=0")).status()).isEqualTo(400);
	}

	@Test
	void phonesAndAddressesAreMaskedInHitsConversationsAndEveryExport() throws IOException {
		JsonNode hit = search(mei, "q=" + enc("电话")).get("hits").get(0);
		assertThat(hit.get("snippet").asString()).contains("138****5678")
			.contains("浙江省杭州市西湖区****")
			.doesNotContain("13812345678")
			.doesNotContain("文三路");
		String conversation = "/api/v1/shops/" + scene.shopId + "/archive/conversations/"
				+ hit.get("conversationId").asLong();
		assertThat(get(mei, conversation).toString()).doesNotContain("13812345678");

		WebSession bossPages = pages("王主管");
		String xlsx = cells(bossPages.download(exportPath("xlsx", "buyer=tb_wang")));
		assertThat(xlsx).contains("138****5678").doesNotContain("13812345678").doesNotContain("文三路");
		String text = bossPages.get(exportPath("txt", "buyer=tb_wang")).body();
		assertThat(text).contains("138****5678").doesNotContain("13812345678");

		int logged = disclosures();
		assertThat(bossPages.get(exportPath("txt", "buyer=tb_wang&unmasked=true")).body()).contains("13812345678");
		assertThat(get(boss, conversation + "?unmasked=true").toString()).contains("13812345678");
		assertThat(disclosures()).as("each unmasked reading is logged").isEqualTo(logged + 2);
		assertThat(mei.api().get(conversation + "?unmasked=true").status()).isEqualTo(403);
		assertThat(pages("小美").get(exportPath("xlsx", "buyer=tb_wang")).status()).as("exports are supervisors'")
			.isEqualTo(403);
	}

	@Test
	void anotherShopsAgentReadsNothingOfThisArchive() {
		ChatScene other = new ChatScene(shops, staff, ApiClient.anonymous(port));
		ChatScene.AgentSide stranger = other.preSales("别家小美");
		long conversation = search(mei, "q=" + enc("补发")).get("hits").get(0).get("conversationId").asLong();

		assertThat(stranger.api().get(searchPath("q=" + enc("补发"))).status()).isEqualTo(403);
		assertThat(
				stranger.api().get("/api/v1/shops/" + scene.shopId + "/archive/conversations/" + conversation).status())
			.isEqualTo(403);
		assertThat(
				stranger.api().get("/api/v1/shops/" + other.shopId + "/archive/conversations/" + conversation).status())
			.as("this shop's conversation under the stranger's own shop")
			.isEqualTo(404);
		assertThat(stranger.api()
			.get("/api/v1/shops/" + other.shopId + "/archive/search?q=" + enc("补发"))
			.json()
			.get("total")
			.asLong()).isZero();
		assertThat(scene.person("丹丹", Role.ORDER_CLERK).api().get(searchPath("")).status()).isEqualTo(403);
	}

	@Test
	void anExportedTextImportsAgainIntoTheSameConversations() throws IOException {
		long li = buyerOf("补发");
		String history = "/api/v1/shops/" + scene.shopId + "/buyers/" + li + "/conversations";
		String before = get(mei, history).toString();
		WebSession bossPages = pages("王主管");
		String exported = bossPages.get(exportPath("txt", "buyer=tb_li")).body();

		FileReport again = imported("again.txt", exported);

		assertThat(again.inserted()).as(exported).isZero();
		assertThat(get(mei, history).toString()).isEqualTo(before);
		assertThat(bossPages.get(exportPath("txt", "")).status()).as("a text holds one buyer").isEqualTo(400);
	}

	@Test
	void aRebuiltIndexFindsTheSame() {
		String before = search(mei, "q=" + enc("亲")).toString();

		assertThat(mei.api().post("/api/v1/shops/" + scene.shopId + "/archive/rebuild", "{}").status()).isEqualTo(403);
		assertThat(boss.api().post("/api/v1/shops/" + scene.shopId + "/archive/rebuild", "{}").status()).isEqualTo(200);

		assertThat(search(mei, "q=" + enc("亲")).toString()).isEqualTo(before);
	}

	@Test
	void anErasedBuyersMessagesLeaveTheArchive() {
		long wang = buyerOf("收到了");

		ApiClient.Reply erased = boss.api()
			.delete("/api/v1/shops/" + scene.shopId + "/customers/" + wang + "/personal-data");
		archive.catchUp();

		assertThat(erased.status()).as(erased.body()).isEqualTo(204);
		assertThat(search(mei, "q=" + enc("顺丰")).get("total").asLong()).isZero();
		assertThat(search(mei, "").get("total").asLong()).as("tb_li's two stay").isEqualTo(2);
		assertThat(get(mei, "/api/v1/shops/" + scene.shopId + "/buyers/" + wang + "/conversations")).isEmpty();
	}

	@Test
	void retentionDeletesChatsOlderThanTheMonthsKept() {
		String settings = "/api/v1/shops/" + scene.shopId + "/settings/archive";
		assertThat(get(mei, settings).get("keepMonths").isNull()).as("keep everything by default").isTrue();
		assertThat(mei.api().put(settings, "{\"keepMonths\": 6}").status()).isEqualTo(403);
		assertThat(boss.api().put(settings, "{\"keepMonths\": 0}").status()).isEqualTo(400);

		assertThat(boss.api().put(settings, "{\"keepMonths\": 6}").status()).isEqualTo(200);
		archive.applyRetention();
		archive.catchUp();

		assertThat(search(mei, "").get("total").asLong()).as("March 2024 is long past six months").isZero();
		assertThat(jdbc.sql("select count(*) from message where shop_id = ?")
			.param(scene.shopId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theBuyersOrdersAndTheRulesBrokenNarrowTheSearch() {
		long wang = buyerOf("收到了");
		orders.record(List.of(new Order(null, scene.shop.id(), OrderNo.of("T1"), BuyerId.of(wang), OrderStatus.PAID,
				Instant.parse("2024-03-05T02:00:00Z"), Instant.parse("2024-03-05T02:05:00Z"), null, null,
				new BigDecimal("99.00"), new BigDecimal("99.00"), BigDecimal.ZERO, null, null, List.of(), List.of(),
				List.of())));

		assertThat(search(mei, "orderStatus=PAID").get("total").asLong()).isEqualTo(4);
		assertThat(search(mei, "orderStatus=CLOSED").get("total").asLong()).isZero();
		assertThat(search(mei, "q=" + enc("补发") + "&orderStatus=PAID").get("total").asLong()).isZero();
		assertThat(search(mei, "rule=NO_GREETING").get("total").asLong()).as("nothing inspected yet").isZero();
		assertThat(mei.api().get(searchPath("rule=NO_SUCH_RULE")).status()).isEqualTo(400);
		assertThat(mei.api().get(searchPath("orderStatus=LOST")).status()).isEqualTo(400);
		assertThat(mei.api().get(searchPath("from=%2B999999999-12-31")).status()).isEqualTo(400);
	}

	@Test
	void aMaskedNumberCannotBeFoundBySearchingItsDigits() {
		assertThat(search(mei, "q=13812345678").get("total").asLong()).isZero();
		assertThat(search(mei, "q=" + enc("文三路")).get("total").asLong()).isZero();
		assertThat(search(mei, "q=" + enc("138****5678")).get("total").asLong()).isEqualTo(1);
	}

	private WebSession pages(String name) {
		return WebSession.signIn(port, scene.username(name), ShopFixture.PASSWORD);
	}

	private List<String> snippets(String words) {
		List<String> found = new ArrayList<>();
		search(mei, "q=" + enc(words)).get("hits").forEach(hit -> found.add(hit.get("snippet").asString()));
		return found;
	}

	private long buyerOf(String word) {
		return search(mei, "q=" + enc(word)).get("hits").get(0).get("buyerId").asLong();
	}

	private long agentOf(String word) {
		return search(mei, "q=" + enc(word)).get("hits").get(0).get("agentId").asLong();
	}

	private JsonNode search(ChatScene.AgentSide who, String query) {
		return get(who, searchPath(query));
	}

	private String searchPath(String query) {
		return "/api/v1/shops/" + scene.shopId + "/archive/search?" + query;
	}

	private String exportPath(String type, String query) {
		return "/shops/" + scene.shopId + "/archive/export." + type + "?" + query;
	}

	private static JsonNode get(ChatScene.AgentSide who, String path) {
		ApiClient.Reply reply = who.api().get(path);
		assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
		return reply.json();
	}

	private int disclosures() {
		return jdbc.sql("select count(*) from archive_disclosure where shop_id = ?")
			.param(scene.shopId)
			.query(Integer.class)
			.single();
	}

	private static String cells(byte[] xlsx) throws IOException {
		assertThat(xlsx).isNotNull();
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : book.getSheetAt(0)) {
				row.forEach(cell -> text.append(cell.toString()).append('\t'));
				text.append('\n');
			}
		}
		return text.toString();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
