package io.kefu.quality.web;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.quality.InspectionRules;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.Severity;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleSettingsApiIntegrationTests {

	private static final AtomicInteger SHOPS = new AtomicInteger();

	private static final String EXTREME_OFF = """
			{"enabled": false, "severity": "MAJOR", "weight": 15,
			 "words": ["最好", "第一", "全网最低"], "exceptions": ["第一次"], "counterWords": []}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	InspectionRules rules;

	Shop shop;

	String prefix;

	ApiClient supervisor;

	ApiClient agent;

	/**
	 * A shop of its own for each test, since every change counts in the shop's version.
	 */
	@BeforeEach
	void openShop() {
		int n = SHOPS.incrementAndGet();
		prefix = "rsapi" + n + "-";
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		shop = fixture.shop("规则接口店" + n);
		fixture.account(shop, prefix + "zhuguan", Role.SUPERVISOR);
		fixture.account(shop, prefix + "mei", Role.PRE_SALES);
		supervisor = ApiClient.anonymous(port).as(prefix + "zhuguan", PASSWORD);
		agent = ApiClient.anonymous(port).as(prefix + "mei", PASSWORD);
	}

	@Test
	void anyStaffMemberReadsEveryRuleWithItsChineseNameAndTheDefaults() {
		ApiClient.Reply reply = agent.get(rulesUrl());

		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.get("version").asInt()).isZero();
		assertThat(body.get("rules").findValuesAsString("rule"))
			.containsExactly(Arrays.stream(Rule.values()).map(Rule::name).toArray(String[]::new));
		JsonNode first = body.get("rules").get(0);
		assertThat(first.get("name").asString()).isEqualTo("单音节回复");
		assertThat(first.get("description").asString()).contains("在", "嗯嗯");
		assertThat(first.get("enabled").asBoolean()).isTrue();
		assertThat(first.get("severity").asString()).isEqualTo("MINOR");
		assertThat(first.get("weight").asInt()).isEqualTo(2);
		assertThat(first.get("words").toString()).isEqualTo("[\"嗯\",\"恩\",\"额\",\"好\",\"哦\",\"噢\",\"在\",\"是\",\"对\"]");
		assertThat(first.get("exceptions").toString()).isEqualTo("[\"的\"]");
		assertThat(first.get("counterWords").toString()).isEqualTo("[]");
		assertThat(body.get("rules").findValues("isDefault")).allMatch(JsonNode::asBoolean);
	}

	@Test
	void aSupervisorChangesOneRuleAndEveryChangeCountsInTheVersion() {
		ApiClient.Reply reply = supervisor.put(ruleUrl("EXTREME_WORDS"), EXTREME_OFF);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("version").asInt()).isEqualTo(1);
		JsonNode rule = reply.json().get("rule");
		assertThat(rule.get("enabled").asBoolean()).isFalse();
		assertThat(rule.get("isDefault").asBoolean()).isFalse();
		InspectionSettings stored = rules.of(ShopId.of(shopId()));
		assertThat(stored.rule(Rule.EXTREME_WORDS).enabled()).isFalse();
		assertThat(stored.rule(Rule.EXTREME_WORDS).severity()).isEqualTo(Severity.MAJOR);
		assertThat(stored.rule(Rule.EXTREME_WORDS).weight()).isEqualTo(15);
		assertThat(stored.rule(Rule.EXTREME_WORDS).words()).containsExactly("最好", "第一", "全网最低");
		assertThat(stored.rule(Rule.RUDE)).isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.RUDE));

		supervisor.put(ruleUrl("extreme_words"), EXTREME_OFF.replace("15", "16"));

		JsonNode read = agent.get(rulesUrl()).json();
		assertThat(read.get("version").asInt()).isEqualTo(2);
		JsonNode extreme = read.get("rules").get(Rule.EXTREME_WORDS.ordinal());
		assertThat(extreme.get("weight").asInt()).isEqualTo(16);
		assertThat(extreme.get("isDefault").asBoolean()).isFalse();
	}

	@Test
	void aRuleReadWithGetCanBeSentBackChanged() {
		JsonNode rude = agent.get(rulesUrl()).json().get("rules").get(Rule.RUDE.ordinal());
		String changed = rude.toString().replace("\"weight\":20", "\"weight\":25");

		assertThat(supervisor.put(ruleUrl("RUDE"), changed).status()).isEqualTo(200);

		assertThat(rules.of(ShopId.of(shopId())).rule(Rule.RUDE))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.RUDE).withWeight(25));
	}

	@Test
	void deletingARuleGivesItsDefaultsBackAndCountsAsAChange() {
		supervisor.put(ruleUrl("EXTREME_WORDS"), EXTREME_OFF);

		ApiClient.Reply reply = supervisor.delete(ruleUrl("EXTREME_WORDS"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("version").asInt()).isEqualTo(2);
		assertThat(reply.json().get("rule").get("isDefault").asBoolean()).isTrue();
		assertThat(reply.json().get("rule").get("enabled").asBoolean()).isTrue();
		assertThat(rules.of(ShopId.of(shopId()))).isEqualTo(InspectionSettings.DEFAULTS);
	}

	@Test
	void agentsAndPeopleOfOtherShopsMayNotChangeTheRules() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		Shop other = fixture.shop("规则接口他店" + prefix);
		fixture.account(other, prefix + "other-zhuguan", Role.SUPERVISOR);
		ApiClient stranger = ApiClient.anonymous(port).as(prefix + "other-zhuguan", PASSWORD);

		assertThat(agent.put(ruleUrl("EXTREME_WORDS"), EXTREME_OFF).status()).isEqualTo(403);
		assertThat(agent.delete(ruleUrl("EXTREME_WORDS")).status()).isEqualTo(403);
		assertThat(stranger.put(ruleUrl("EXTREME_WORDS"), EXTREME_OFF).status()).isEqualTo(403);
		assertThat(stranger.get(rulesUrl()).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get(rulesUrl()).status()).isEqualTo(401);
		assertThat(rules.version(ShopId.of(shopId()))).isZero();
	}

	@Test
	void badInputNamesEveryWrongFieldAndChangesNothing() {
		StringBuilder many = new StringBuilder("[");
		for (int i = 0; i < 501; i++) {
			many.append(i == 0 ? "" : ",").append("\"词").append(i).append('"');
		}
		many.append(']');
		String body = """
				{"rule": "RUDE", "enabled": "yes", "severity": "HUGE", "weight": 101,
				 "words": ["最好", " "], "exceptions": %s, "counterWords": ["%s"]}
				""".formatted(many, "长".repeat(51));

		ApiClient.Reply reply = supervisor.put(ruleUrl("EXTREME_WORDS"), body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("rule", "enabled",
				"severity", "weight", "words", "exceptions", "counterWords");
		assertThat(reply.json().get("errors").findValuesAsString("reason")).contains(
				"is a whole number of points from 0 to 100, not 101", "holds a blank word at position 1",
				"holds at most 500 words, not 501");
		assertThat(rules.version(ShopId.of(shopId()))).isZero();
		assertThat(rules.of(ShopId.of(shopId()))).isEqualTo(InspectionSettings.DEFAULTS);
	}

	@Test
	void everyFieldIsNeededAndAWeightIsAWholeNumber() {
		ApiClient.Reply missing = supervisor.put(ruleUrl("RUDE"), "{\"enabled\": true}");
		ApiClient.Reply fraction = supervisor.put(ruleUrl("RUDE"), EXTREME_OFF.replace("15", "1.5"));
		ApiClient.Reply negative = supervisor.put(ruleUrl("RUDE"), EXTREME_OFF.replace("15", "-1"));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("severity", "weight",
				"words", "exceptions", "counterWords");
		assertThat(fraction.json().get("errors").findValuesAsString("field")).containsExactly("weight");
		assertThat(negative.json().get("errors").findValuesAsString("field")).containsExactly("weight");
		assertThat(rules.version(ShopId.of(shopId()))).isZero();
	}

	@Test
	void anUnknownRuleIsNotFound() {
		assertThat(supervisor.put(ruleUrl("NO_SUCH_RULE"), EXTREME_OFF).status()).isEqualTo(404);
		assertThat(supervisor.delete(ruleUrl("NO_SUCH_RULE")).status()).isEqualTo(404);
		assertThat(rules.version(ShopId.of(shopId()))).isZero();
	}

	private long shopId() {
		return shop.id().value();
	}

	private String rulesUrl() {
		return "/api/v1/shops/" + shopId() + "/inspections/rules";
	}

	private String ruleUrl(String rule) {
		return rulesUrl() + "/" + rule;
	}

}
