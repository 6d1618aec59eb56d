package io.kefu.analytics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.ingest.Imports;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports a day of chats and orders in the marketplaces' formats and reads the figures
 * through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FiguresApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Imports imports;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Autowired
	Orders orders;

	@Autowired
	FigureRecompute recompute;

	@TempDir
	Path files;

	Shop shop;

	String boss;

	String mei;

	String jie;

	@BeforeEach
	void importADay() throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("数据店" + suffix);
		boss = "boss" + suffix;
		mei = "mei" + suffix;
		jie = "jie" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		fixture.account(shop, mei, Role.PRE_SALES);
		fixture.account(shop, jie, Role.PRE_SALES);
		FigureDay.importInto(imports, shop, files, mei, jie);
	}

	@Test
	void aSupervisorReadsEveryAgentsFiguresAsDomainDefinesThem() throws Exception {
		JsonNode figures = figures(boss, "");

		assertThat(figures.get("stale").asBoolean()).isFalse();
		assertThat(figures.get("provisionalFrom").isNull()).isTrue();
		JsonNode meiRow = row(figures, mei);
		assertThat(fields(meiRow)).containsExactly("agent", "receptions", "repliedReceptions", "unrepliedReceptions",
				"replyRate", "firstResponseSeconds", "avgResponseSeconds", "answeredRuns", "threeMinuteRate",
				"slowResponses", "answerRatio", "inquiries", "inquiryOrdered", "inquiryPaid", "inquiryConversion",
				"salesAmount", "salesBuyers", "avgOrderValue", "refundAmount", "effectiveSales");
		assertThat(meiRow.toString()).isEqualTo(JSON.readTree("""
				{"agent":"%s","receptions":1,"repliedReceptions":1,"unrepliedReceptions":0,"replyRate":1.0,
				"firstResponseSeconds":100.0,"avgResponseSeconds":150.0,"answeredRuns":2,"threeMinuteRate":0.5,
				"slowResponses":1,"answerRatio":1.0,"inquiries":1,"inquiryOrdered":1,"inquiryPaid":1,
				"inquiryConversion":1.0,"salesAmount":378.00,"salesBuyers":1,"avgOrderValue":378.00,
				"refundAmount":0.00,"effectiveSales":378.00}
				""".formatted(shop.name() + ":" + mei)).toString());
		JsonNode jieRow = row(figures, jie);
		assertThat(jieRow.get("firstResponseSeconds").asDouble()).isEqualTo(30.0);
		assertThat(jieRow.get("inquiryOrdered").asLong()).isOne();
		assertThat(jieRow.get("inquiryPaid").asLong()).isZero();
		assertThat(jieRow.get("inquiryConversion").asDouble()).isZero();
		assertThat(jieRow.get("avgOrderValue").isNull()).isTrue();
		JsonNode shopFigures = figures.get("shop");
		assertThat(shopFigures.get("paidAmount").decimalValue()).isEqualByComparingTo("577.00");
		assertThat(shopFigures.get("agentSales").decimalValue()).isEqualByComparingTo("378.00");
		assertThat(shopFigures.get("silentSales").decimalValue()).isEqualByComparingTo("199.00");
		assertThat(shopFigures.get("agentSalesShare").asDouble()).isEqualTo(378.0 / 577.0);
		assertThat(shopFigures.get("unreceivedConsultations").asLong()).isOne();
	}

	@Test
	void theJudgeRuleOfARequestOverridesTheShops() throws Exception {
		JsonNode byPayment = figures(boss, "&judgeRule=PAYMENT");

		assertThat(byPayment.get("judgeRule").asString()).isEqualTo("PAYMENT");
		assertThat(row(byPayment, jie).get("inquiryOrdered").asLong()).isZero();
	}

	@Test
	void anAgentSeesOnlyTheirOwnRowAndNoShopTotals() throws Exception {
		JsonNode figures = figures(mei, "");

		assertThat(figures.get("agents")).hasSize(1);
		assertThat(figures.get("agents").get(0).get("agent").asString()).isEqualTo(shop.name() + ":" + mei);
		assertThat(figures.get("shop").isNull()).isTrue();
	}

	@Test
	void changedSettingsRecomputeTheFacts() throws Exception {
		String settings = mvc.perform(get("/api/v1/shops/" + shop.id() + "/settings/figures").with(as(boss)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String ownBuyer = settings.replace("\"ownAccounts\":[]", "\"ownAccounts\":[\"买家丁\"]");
		assertThat(ownBuyer).isNotEqualTo(settings);

		mvc.perform(put("/api/v1/shops/" + shop.id() + "/settings/figures").contentType(MediaType.APPLICATION_JSON)
			.content(ownBuyer)
			.with(as(boss))).andExpect(status().isOk());

		assertThat(figures(boss, "").get("shop").get("paidAmount").decimalValue()).isEqualByComparingTo("378.00");
	}

	@Test
	void onlyASupervisorChangesTheSettingsAndBadValuesAreRefused() throws Exception {
		String settings = mvc.perform(get("/api/v1/shops/" + shop.id() + "/settings/figures").with(as(mei)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		mvc.perform(put("/api/v1/shops/" + shop.id() + "/settings/figures").contentType(MediaType.APPLICATION_JSON)
			.content(settings)
			.with(as(mei))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/shops/" + shop.id() + "/settings/figures").contentType(MediaType.APPLICATION_JSON)
			.content(settings.replace("\"validityDays\":2", "\"validityDays\":0"))
			.with(as(boss))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/shops/" + shop.id() + "/figures?from=2026-03-03&to=2026-03-02").with(as(boss)))
			.andExpect(status().isBadRequest());
		for (String[] range : new String[][] { { "+999999999-12-31", "+999999999-12-31" },
				{ "-999999999-01-01", "-999999999-01-01" }, { "2026-03-02", "+5874898-01-01" } }) {
			mvc.perform(get("/api/v1/shops/" + shop.id() + "/figures").param("from", range[0])
				.param("to", range[1])
				.with(as(boss)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"));
		}
	}

	@Test
	void messagesStoredOutsideAnImportAreCountedToo() throws Exception {
		// the shop's history is computed first, so that only the new messages' event can
		// bring them in
		assertThat(figuresOf("2026-03-03").get("agents")).isEmpty();
		long buyer = buyers.recognise(shop.id(), "直接来的买家", Instant.parse("2026-03-03T02:00:00Z")).id().value();
		long meiId = staff.findByUsername(mei).orElseThrow().id().value();
		messages.append(List.of(
				new NewMessage(shop.id(), BuyerId.of(buyer), Direction.IN, MessageKind.TEXT, null,
						Instant.parse("2026-03-03T02:00:00Z"), "在吗", null),
				new NewMessage(shop.id(), BuyerId.of(buyer), Direction.OUT, MessageKind.TEXT, AgentId.of(meiId),
						Instant.parse("2026-03-03T02:00:45Z"), "在的亲", null)));

		JsonNode figures = figuresOf("2026-03-03");

		assertThat(figures.get("stale").asBoolean()).isFalse();
		assertThat(row(figures, mei).get("receptions").asLong()).isOne();
		assertThat(row(figures, mei).get("firstResponseSeconds").asDouble()).isEqualTo(45.0);
	}

	@Test
	void anOrderStoredLaterConvertsAnInquiryWhoseDayWasAlreadyAddedUp() throws Exception {
		long buyer = buyers.recognise(shop.id(), "回头下单的买家", Instant.parse("2026-03-03T02:00:00Z")).id().value();
		long meiId = staff.findByUsername(mei).orElseThrow().id().value();
		messages.append(List.of(
				new NewMessage(shop.id(), BuyerId.of(buyer), Direction.IN, MessageKind.TEXT, null,
						Instant.parse("2026-03-03T02:00:00Z"), "这款台灯有货吗", null),
				new NewMessage(shop.id(), BuyerId.of(buyer), Direction.OUT, MessageKind.TEXT, AgentId.of(meiId),
						Instant.parse("2026-03-03T02:00:30Z"), "有货的亲", null)));
		assertThat(row(figuresOf("2026-03-03"), mei).get("inquiryOrdered").asLong()).isZero();

		// created the next day, within the two days' validity
		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of("9" + System.nanoTime() % 1_000_000_000L),
				BuyerId.of(buyer), Instant.parse("2026-03-04T03:00:00Z"),
				List.of(new OrderItem(null, null, "护眼台灯", "白色", 1, new BigDecimal("168.00"))), BigDecimal.ZERO, null)
			.pay(Instant.parse("2026-03-04T03:05:00Z"), new BigDecimal("168.00"))));

		JsonNode inquiryDay = row(figuresOf("2026-03-03"), mei);
		assertThat(inquiryDay.get("inquiryOrdered").asLong()).isOne();
		assertThat(inquiryDay.get("inquiryPaid").asLong()).isOne();
		assertThat(row(figuresOf("2026-03-04"), mei).get("salesAmount").decimalValue()).isEqualByComparingTo("168.00");
	}

	/** The figures of one day, once what is queued is recomputed. */
	private JsonNode figuresOf(String day) throws Exception {
		recompute.runQueued();
		return JSON.readTree(
				mvc.perform(get("/api/v1/shops/" + shop.id() + "/figures?from=" + day + "&to=" + day).with(as(boss)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aSupervisorHasTheFiguresRecomputedAndTheyAreFreshOnceTheWorkerRan() throws Exception {
		String path = "/api/v1/shops/" + shop.id() + "/figures/recompute";
		mvc.perform(post(path).with(as(mei))).andExpect(status().isForbidden());
		mvc.perform(post(path + "?from=2026-03-02").with(as(boss))).andExpect(status().isBadRequest());

		mvc.perform(post(path + "?from=2026-03-02&to=2026-03-02").with(as(boss)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.queued").value(true));

		// the request woke the server's worker: nobody else recomputes here
		await().atMost(Duration.ofSeconds(30)).until(() -> !storedFigures().get("stale").asBoolean());
		assertThat(storedFigures().get("shop").get("paidAmount").decimalValue()).isEqualByComparingTo("577.00");
	}

	/** The figures of the imported day as they are stored, stale or not. */
	private JsonNode storedFigures() throws Exception {
		return JSON.readTree(
				mvc.perform(get("/api/v1/shops/" + shop.id() + "/figures?from=2026-03-02&to=2026-03-02").with(as(boss)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void moneyHasTwoDecimals() throws Exception {
		assertThat(raw(boss, "")).contains("\"salesAmount\":378.00,").contains("\"paidAmount\":577.00,");
	}

	private JsonNode figures(String username, String extra) throws Exception {
		return JSON.readTree(raw(username, extra));
	}

	/** The figures of the imported day, once what is queued is recomputed. */
	private String raw(String username, String extra) throws Exception {
		recompute.runQueued();
		return (mvc
			.perform(get("/api/v1/shops/" + shop.id() + "/figures?from=2026-03-02&to=2026-03-02" + extra)
				.with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode row(JsonNode figures, String nickname) {
		for (JsonNode agent : figures.get("agents")) {
			if (agent.get("agent").asString().equals(shop.name() + ":" + nickname)) {
				return agent;
			}
		}
		throw new AssertionError("No row for " + nickname + " in " + figures);
	}

	private static List<String> fields(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, ShopFixture.PASSWORD);
	}

}
