package io.kefu.scripts.web;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.kefu.access.Role;
import io.kefu.ingest.FileReport;
import io.kefu.ingest.Imports;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScriptApiIntegrationTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	ScriptLibrary library;

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	ApiClient boss;

	ApiClient mei;

	Shop lamps;

	Shop other;

	@BeforeEach
	void setUp() {
		ApiClient api = ApiClient.anonymous(port);
		boss = api.as("script-boss", PASSWORD);
		mei = api.as("script-mei", PASSWORD);
		if (shops.findByName("话术灯具店").isPresent()) {
			lamps = shops.findByName("话术灯具店").orElseThrow();
			other = shops.findByName("话术别家店").orElseThrow();
			return;
		}
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		lamps = fixture.shop("话术灯具店");
		other = fixture.shop("话术别家店");
		fixture.account(lamps, "script-boss", Role.SUPERVISOR);
		fixture.account(lamps, "script-mei", Role.PRE_SALES);
		fixture.account(lamps, "script-ning", Role.AFTER_SALES);
		fixture.account(other, "script-stranger", Role.SUPERVISOR);
		fixture.account(other, "script-other-agent", Role.PRE_SALES);
	}

	@Test
	void aSupervisorBuildsTheLibraryAndEveryAgentOfTheShopReadsIt() {
		long group = addGroup("议价");
		ApiClient.Reply added = boss.post(url("/scripts"), """
				{"groupId": %d, "code": "%s", "title": "价格可以便宜点吗", "keywords": ["便宜", "打折"],
				 "variants": ["亲,价格都是很优惠了呢。", "亲,抱歉啊。我们不议价的哦~", "亲,我们线上线下都是统一定价的"]}
				""".formatted(group, code("yj")));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("variants")).hasSize(3);
		JsonNode groups = mei.get(url("/script-groups")).json();
		JsonNode bargaining = find(groups, "name", name("议价"));
		assertThat(bargaining.get("scripts").get(0).get("title").asString()).isEqualTo("价格可以便宜点吗");
		assertThat(bargaining.get("scripts").get(0).get("keywords").get(1).asString()).isEqualTo("打折");
		long id = added.json().get("id").asLong();
		assertThat(mei.get(url("/scripts/" + id)).json().get("groupName").asString()).isEqualTo(name("议价"));
	}

	@Test
	void aTakenCodeABlankTextAndATooLongTitleAreRefusedNamingTheFieldAndNothingIsStored() {
		long group = addGroup("快递");
		String code = code("kd");
		assertThat(addScript(group, code, "亲,默认发圆通快递").status()).isEqualTo(201);
		long variants = library.countVariants(lamps.id());

		ApiClient.Reply taken = addScript(group, code, "亲,我们默认发圆通哦");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.contentType()).startsWith("application/problem+json");
		assertThat(error(taken, "field")).isEqualTo("code");
		assertThat(error(taken, "reason")).contains(code).contains("已被其他话术使用");

		ApiClient.Reply blank = boss.post(url("/scripts"), """
				{"groupId": %d, "code": "%s", "variants": ["亲,在的", "  "]}""".formatted(group, code("x")));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(error(blank, "field")).isEqualTo("variants[1]");
		assertThat(error(blank, "reason")).isEqualTo("必填");

		ApiClient.Reply tooLong = boss.post(url("/scripts"), """
				{"groupId": %d, "title": "%s", "variants": ["亲,在的"]}""".formatted(group, "问".repeat(61)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(error(tooLong, "field")).isEqualTo("title");

		ApiClient.Reply noGroup = boss.post(url("/scripts"), """
				{"groupId": 999999999, "variants": ["亲,在的"]}""");
		assertThat(noGroup.status()).isEqualTo(400);
		assertThat(error(noGroup, "field")).isEqualTo("groupId");

		assertThat(library.countVariants(lamps.id())).isEqualTo(variants);
	}

	@Test
	void anAgentReadsButMayNotChangeTheLibrary() {
		long group = addGroup("问好");
		long script = addScript(group, code("hi"), "亲您好,请问有什么可以帮到您的呢?").json().get("id").asLong();

		assertThat(mei.post(url("/script-groups"), "{\"name\": \"我的分组\"}").status()).isEqualTo(403);
		assertThat(mei.put(url("/scripts/" + script), """
				{"groupId": %d, "variants": ["改了"]}""".formatted(group)).status()).isEqualTo(403);
		assertThat(mei.delete(url("/scripts/" + script)).status()).isEqualTo(403);
		assertThat(mei.delete(url("/script-groups/" + group)).status()).isEqualTo(403);
		assertThat(mei.get(url("/scripts/" + script)).json().get("variants").get(0).asString())
			.isEqualTo("亲您好,请问有什么可以帮到您的呢?");
	}

	@Test
	void anotherShopsPeopleAreRefusedAndItsIdsAreUnknownHere() {
		long group = addGroup("核实");
		long script = addScript(group, code("hs"), "请问,是按照您下面提供的收货地址和电话为您发货吗?").json().get("id").asLong();
		ApiClient stranger = ApiClient.anonymous(port).as("script-stranger", PASSWORD);
		ApiClient otherAgent = ApiClient.anonymous(port).as("script-other-agent", PASSWORD);

		assertThat(otherAgent.get(url("/script-groups")).status()).isEqualTo(403);
		assertThat(otherAgent.get(url("/script-suggestions?text=" + enc("地址"))).status()).isEqualTo(403);
		assertThat(otherAgent.post(url("/scripts/" + script + "/next"), "").status()).isEqualTo(403);
		assertThat(stranger.put(url("/scripts/" + script), "{}").status()).isEqualTo(403);

		String otherShop = "/api/v1/shops/" + other.id();
		assertThat(stranger.get(otherShop + "/scripts/" + script).status()).isEqualTo(404);
		assertThat(stranger.delete(otherShop + "/scripts/" + script).status()).isEqualTo(404);
		assertThat(stranger.delete(otherShop + "/script-groups/" + group).status()).isEqualTo(404);
		assertThat(mei.get(url("/scripts/" + script)).status()).isEqualTo(200);
	}

	@Test
	void variantsComeInTurnForEachAgentAndTheTurnIsKeptInTheDatabase() {
		long group = addGroup("发货时间");
		String code = code("fh");
		long script = boss.post(url("/scripts"), """
				{"groupId": %d, "code": "%s", "variants": ["第一种说法", "第二种说法", "第三种说法"]}
				""".formatted(group, code)).json().get("id").asLong();
		ApiClient ning = ApiClient.anonymous(port).as("script-ning", PASSWORD);

		List<Integer> turns = List.of(next(mei, code), next(mei, code), next(mei, code), next(mei, code));
		assertThat(turns).containsExactly(1, 2, 3, 1);
		assertThat(next(ning, code)).isEqualTo(1);
		assertThat(library.nextVariant(lamps.id(), "/" + code, staff.findByUsername("script-ning").orElseThrow().id())
			.number()).isEqualTo(2);
		JsonNode byId = mei.post(url("/scripts/" + script + "/next"), "").json();
		assertThat(byId.get("number").asInt()).isEqualTo(2);
		assertThat(byId.get("text").asString()).isEqualTo("第二种说法");
		assertThat(byId.get("variants").asInt()).isEqualTo(3);
		assertThat(jdbc.sql("select used from script_turn where script_id = ? order by used")
			.param(script)
			.query(Long.class)
			.list()).containsExactly(2L, 5L);
		assertThat(mei.post(url("/scripts/by-code/" + code("none") + "/next"), "").status()).isEqualTo(404);
	}

	@Test
	void suggestionsFollowTheLibraryAsItChanges() {
		long group = addGroup("运费");
		String code = code("by");
		long script = boss.post(url("/scripts"), """
				{"groupId": %d, "code": "%s", "keywords": ["包邮", "运费"], "variants": ["亲,全店包邮的哦,还赠送运费险"]}
				""".formatted(group, code)).json().get("id").asLong();

		JsonNode suggestions = mei.get(url("/script-suggestions?text=" + enc("亲 这个包邮吗"))).json();
		assertThat(suggestions.get(0).get("script").get("code").asString()).isEqualTo(code);
		assertThat(suggestions.get(0).get("score").asDouble()).isPositive();

		assertThat(boss.put(url("/scripts/" + script), """
				{"groupId": %d, "code": "%s", "keywords": ["发票"], "variants": ["可以的亲,支持开具电子普通发票"]}
				""".formatted(group, code)).status()).isEqualTo(200);
		assertThat(mei.get(url("/script-suggestions?text=" + enc("乐乐乐包邮吗"))).json())
			.noneMatch(s -> s.get("script").get("id").asLong() == script);
		assertThat(mei.get(url("/script-suggestions?text=" + enc("能开发票吗") + "&limit=1")).json()).singleElement()
			.satisfies(s -> assertThat(s.get("script").get("id").asLong()).isEqualTo(script));
	}

	@Test
	void searchFindsCodesByPrefixAndTextAnywhere() {
		long group = addGroup("物流查询");
		String code = code("wl");
		addScript(group, code, "亲,请您稍等,正在为您查询物流信息~");

		assertThat(mei.get(url("/scripts/search?q=" + enc("/" + code.substring(0, code.length() - 1)))).json())
			.anyMatch(s -> s.get("code").asString().equals(code));
		assertThat(mei.get(url("/scripts/search?q=" + enc("查询物流"))).json())
			.anyMatch(s -> s.get("code").asString().equals(code));
		assertThat(mei.get(url("/scripts/search?q=" + enc("/查询物流"))).json()).isEmpty();
		assertThat(mei.get(url("/scripts/search?q=" + enc("100%"))).json()).isEmpty();
	}

	@Test
	void groupsAreRenamedMovedAndOnlyDeletedWhenEmpty() {
		long first = addGroup("告别");
		long second = addGroup("退换货");
		addScript(second, code("th"), "亲,本店支持7天无理由退换货");

		ApiClient.Reply moved = boss.put(url("/script-groups/" + second), """
				{"name": "%s", "position": 0}""".formatted(name("售后退换")));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("position").asInt()).isZero();
		assertThat(mei.get(url("/script-groups")).json().get(0).get("name").asString()).isEqualTo(name("售后退换"));

		ApiClient.Reply taken = boss.put(url("/script-groups/" + first), """
				{"name": "%s"}""".formatted(name("售后退换")));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(error(taken, "field")).isEqualTo("name");

		ApiClient.Reply notEmpty = boss.delete(url("/script-groups/" + second));
		assertThat(notEmpty.status()).isEqualTo(409);
		assertThat(notEmpty.json().get("detail").asString()).contains("还有 1 条话术");
		assertThat(boss.delete(url("/script-groups/" + first)).status()).isEqualTo(204);
		assertThat(boss.delete(url("/script-groups/" + first)).status()).isEqualTo(404);
		assertThat(boss.post(url("/script-groups"), "{\"name\": \" \"}").status()).isEqualTo(400);
	}

	@Test
	void quickPhrasesImportedFromQianniuJoinTheLibraryAndItsSuggestions(@TempDir Path dir) throws Exception {
		Shop shop = shops.open(io.kefu.shop.NewShop.of("导入话术店" + NAMES.incrementAndGet(), io.kefu.shop.Platform.TMALL));
		Path file = dir.resolve("快捷短语.csv");
		Files
			.write(file,
					("分组名称,快捷编码,短语内容,图片,是否加入团队\r\n" + "问候,hi,\"亲,您好,欢迎光临!\",,是\r\n"
							+ "问候,hi,\"亲,在的哦,请问有什么可以帮您?\",,是\r\n" + "物流,,\"亲,默认发圆通哦,全国包邮\",,否\r\n")
						.getBytes(Charset.forName("GBK")));

		FileReport report = imports.importFile(shop.id(), file, "快捷短语.csv", null, false);

		assertThat(report.inserted()).isEqualTo(3);
		assertThat(library.findByCode(shop.id(), "hi"))
			.hasValueSatisfying(greeting -> assertThat(greeting.variants()).extracting(v -> v.text())
				.hasSize(2)
				.contains("亲,您好,欢迎光临!"));
		assertThat(library.suggest(shop.id(), "包邮吗", 3)).extracting(s -> s.script().groupName()).containsExactly("物流");
	}

	private long addGroup(String name) {
		ApiClient.Reply reply = boss.post(url("/script-groups"), "{\"name\": \"%s\"}".formatted(name(name)));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asLong();
	}

	private ApiClient.Reply addScript(long group, String code, String text) {
		return boss.post(url("/scripts"), """
				{"groupId": %d, "code": "%s", "variants": ["%s"]}""".formatted(group, code, text));
	}

	private int next(ApiClient agent, String code) {
		ApiClient.Reply reply = agent.post(url("/scripts/by-code/" + enc(code) + "/next"), "");
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json().get("number").asInt();
	}

	private String url(String path) {
		return "/api/v1/shops/" + lamps.id() + path;
	}

	/** Names and codes unique within the shop, which all tests share. */
	private final int run = NAMES.incrementAndGet();

	private String name(String name) {
		return name + run;
	}

	private String code(String code) {
		return code + run;
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String error(ApiClient.Reply reply, String key) {
		return reply.json().get("errors").get(0).get(key).asString();
	}

	private static JsonNode find(JsonNode array, String key, String value) {
		for (JsonNode node : array) {
			if (node.get(key).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("No " + key + " " + value + " in " + array);
	}

}
