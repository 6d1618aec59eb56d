package io.kefu.analytics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.access.Role;
import io.kefu.ingest.FileReport;
import io.kefu.ingest.Imports;
import io.kefu.order.Order;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.Refund;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Late data changes exactly the days it touches (DOMAIN.md, 销售 and 询单): an order paid
 * after midnight on a later import, a refund a week later, an amount corrected by a
 * re-import. The background worker is replaced (and readers never wait), so that between
 * the data arriving and the recompute the figures API is seen saying {@code stale}; the
 * test then recomputes as the worker would and compares every day's figures with those
 * before the late data, field by field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LateDataIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Charset GBK = Charset.forName("GBK");

	/** The day of the chat and the order, D. */
	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private static final String ORDER = "1930679858200001";

	@MockitoBean
	RecomputeWorker worker;

	@Autowired
	PendingRecompute recompute;

	@Autowired
	JdbcClient jdbc;

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
	Orders orders;

	@TempDir
	Path files;

	Shop shop;

	String boss;

	String mei;

	int reports;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("迟到店" + suffix);
		boss = "lboss" + suffix;
		mei = "lmei" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		fixture.account(shop, mei, Role.PRE_SALES);
	}

	@Test
	void anOrderPaidAfterMidnightOnALaterImportChangesThePaymentDaysSalesAndTheInquirysConversion() throws Exception {
		chat("21:00:00", "21:00:30");
		importOrders(order("等待买家付款", "22:00:00", null, "0.00", ""));
		Map<LocalDate, JsonNode> before = recomputedWeek();
		JsonNode inquiryDay = row(before.get(DAY)).orElseThrow();
		assertThat(inquiryDay.get("inquiryOrdered").asLong()).isOne();
		assertThat(inquiryDay.get("inquiryPaid").asLong()).isZero();

		importOrders(order("买家已付款，等待卖家发货", "22:00:00", DAY.plusDays(1) + " 00:20:00", "168.00", ""));

		assertStale(DAY.plusDays(1), before);
		assertStale(DAY, before);
		Map<LocalDate, JsonNode> after = recomputedWeek();
		// paid by the time the figures are computed: the inquiry of D now converts
		assertChanged(before, after, DAY, Map.of("inquiryPaid", "1", "inquiryConversion", "1.0"), Map.of());
		assertChanged(before, after, DAY.plusDays(1),
				Map.of("salesAmount", "168.0", "salesBuyers", "1", "avgOrderValue", "168.0", "effectiveSales", "168.0"),
				Map.of("paidAmount", "168.0", "agentSales", "168.0", "agentSalesShare", "1.0"));
		assertUnchangedBut(before, after, DAY, DAY.plusDays(1));
	}

	@Test
	void readingTheFiguresOfAShopNeverComputedSaysStaleAndWritesNothing() throws Exception {
		chat("21:00:00", "21:00:30");
		long queued = count("select count(*) from figure_pending where shop_id = ?");

		assertThat(figuresOf(DAY).get("stale").asBoolean()).isTrue();
		assertThat(figuresOf(DAY).get("agents")).isEmpty();

		assertThat(count("select count(*) from figure_pending where shop_id = ?")).isEqualTo(queued).isPositive();
		assertThat(count("select count(*) from figure_history where shop_id = ?")).isZero();
		assertThat(count("select count(*) from figure_shop_day where shop_id = ?")).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).param(shop.id().value()).query(Long.class).single();
	}

	@Test
	void aRefundInAReimportAWeekLaterCountsOnThePaymentDayForTheExportGivesNoRefundTime() throws Exception {
		chat("10:00:00", "10:00:30");
		importOrders(order("买家已付款，等待卖家发货", "10:10:00", DAY + " 10:12:00", "168.00", ""));
		Map<LocalDate, JsonNode> before = recomputedWeek();

		importOrders(order("交易成功", "10:10:00", DAY + " 10:12:00", "168.00", "50.00"));

		assertStale(DAY, before);
		Map<LocalDate, JsonNode> after = recomputedWeek();
		assertChanged(before, after, DAY, Map.of("refundAmount", "50.0", "effectiveSales", "118.0"), Map.of());
		assertUnchangedBut(before, after, DAY);
	}

	@Test
	void aRefundRecordedWithItsTimeAWeekLaterCountsOnTheRefundsDay() throws Exception {
		chat("10:00:00", "10:00:30");
		importOrders(order("买家已付款，等待卖家发货", "10:10:00", DAY + " 10:12:00", "168.00", ""));
		Map<LocalDate, JsonNode> before = recomputedWeek();
		Order paid = orders.findByNo(shop.id(), OrderNo.of(ORDER)).orElseThrow();

		Instant weekLater = shop.startOf(DAY.plusDays(7)).plusSeconds(10 * 3600);
		orders.record(List.of(paid.refund(new Refund("R" + ORDER, new BigDecimal("50.00"), Refund.RefundStatus.REFUNDED,
				"尺寸不合适", weekLater, weekLater.plusSeconds(600), null))));

		assertStale(DAY.plusDays(7), before);
		Map<LocalDate, JsonNode> after = recomputedWeek();
		assertChanged(before, after, DAY.plusDays(7), Map.of("refundAmount", "50.0", "effectiveSales", "-50.0"),
				Map.of());
		assertUnchangedBut(before, after, DAY.plusDays(7));
	}

	@Test
	void anAmountCorrectedByAReimportChangesThePaymentDaysSalesByTheDifferenceAndNothingElse() throws Exception {
		chat("10:00:00", "10:00:30");
		importOrders(order("买家已付款，等待卖家发货", "10:10:00", DAY + " 10:12:00", "168.00", ""));
		Map<LocalDate, JsonNode> before = recomputedWeek();

		importOrders(order("买家已付款，等待卖家发货", "10:10:00", DAY + " 10:12:00", "150.00", ""));

		assertStale(DAY, before);
		Map<LocalDate, JsonNode> after = recomputedWeek();
		assertChanged(before, after, DAY,
				Map.of("salesAmount", "150.0", "avgOrderValue", "150.0", "effectiveSales", "150.0"),
				Map.of("paidAmount", "150.0", "agentSales", "150.0"));
		assertUnchangedBut(before, after, DAY);
	}

	/** The buyer asks at {@code asked} on D and mei answers at {@code answered}. */
	private void chat(String asked, String answered) throws IOException {
		String account = shop.name() + ":" + mei;
		Path chat = files.resolve("chat.txt");
		Files.write(chat,
				String
					.join("\r\n", "买家甲 2026-3-2 " + asked, "这款台灯有货吗", account + " 2026-3-2 " + answered, "有货的亲，今天下单明天发",
							"")
					.getBytes(GBK));
		applied(imports.importFile(shop.id(), chat, "chat.txt", null, false));
	}

	/** A classic 订单报表 of one order with the optional 退款金额 column, imported. */
	private void importOrders(Map<String, String> order) throws IOException {
		String header;
		try (InputStream sample = LateDataIntegrationTests.class
			.getResourceAsStream("/ingest/taobao/ExportOrderList201805271900.csv")) {
			header = new String(sample.readAllBytes(), GBK).lines().findFirst().orElseThrow() + ",退款金额";
		}
		List<String> columns = Arrays.asList(header.split(",", -1));
		String[] cells = new String[columns.size()];
		Arrays.fill(cells, "");
		order.forEach((column, value) -> cells[columns.indexOf(column)] = value);
		String name = "ExportOrderList2026030" + (3 + reports++) + "0900.csv";
		Path file = files.resolve(name);
		Files.write(file, (header + "\r\n" + String.join(",", cells) + "\r\n").getBytes(GBK));
		applied(imports.importFile(shop.id(), file, name, null, false));
	}

	private static Map<String, String> order(String status, String createdAt, String paidAt, String paid,
			String refund) {
		Map<String, String> order = new LinkedHashMap<>();
		order.put("订单编号", "=\"" + ORDER + "\"");
		order.put("买家会员名", "买家甲");
		order.put("订单状态", status);
		order.put("订单创建时间", DAY + " " + createdAt);
		order.put("订单付款时间 ", paidAt == null ? "" : paidAt);
		order.put("总金额", "168.00");
		order.put("买家实际支付金额", paid);
		order.put("宝贝总数量", "1");
		order.put("退款金额", refund);
		return order;
	}

	private static void applied(FileReport report) {
		assertThat(report.applied()).as(report.toString()).isTrue();
	}

	/**
	 * Recomputes what is pending, as the worker does (which first queues the history of a
	 * shop never computed), and reads D-1 to D+8 one by one.
	 */
	private Map<LocalDate, JsonNode> recomputedWeek() throws Exception {
		recompute.run();
		Map<LocalDate, JsonNode> days = new LinkedHashMap<>();
		for (LocalDate day = DAY.minusDays(1); !day.isAfter(DAY.plusDays(8)); day = day.plusDays(1)) {
			JsonNode figures = figuresOf(day);
			assertThat(figures.get("stale").asBoolean()).as("stale on %s after the recompute", day).isFalse();
			days.put(day, figures);
		}
		return days;
	}

	/** Before the recompute the day is marked stale and still shows what it showed. */
	private void assertStale(LocalDate day, Map<LocalDate, JsonNode> before) throws Exception {
		JsonNode figures = figuresOf(day);
		assertThat(figures.get("stale").asBoolean()).as("stale on %s before the recompute", day).isTrue();
		assertThat(withoutStale(figures)).isEqualTo(withoutStale(before.get(day)));
	}

	private JsonNode figuresOf(LocalDate day) throws Exception {
		return JSON.readTree(mvc
			.perform(get("/api/v1/shops/" + shop.id() + "/figures?from=" + day + "&to=" + day)
				.with(httpBasic(boss, ShopFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The day's agent row and shop figures changed in exactly the fields given, to the
	 * values given; a day without the agent's row before compares with a row of zeros.
	 */
	private void assertChanged(Map<LocalDate, JsonNode> before, Map<LocalDate, JsonNode> after, LocalDate day,
			Map<String, String> agentChanges, Map<String, String> shopChanges) {
		JsonNode afterRow = row(after.get(day)).orElseThrow(() -> new AssertionError("No row on " + day));
		assertFields(row(before.get(day)).orElseGet(() -> zeros(afterRow)), afterRow, agentChanges, day + " " + mei);
		assertFields(before.get(day).get("shop"), after.get(day).get("shop"), shopChanges, day + " shop");
	}

	private static void assertFields(JsonNode before, JsonNode after, Map<String, String> changes, String what) {
		List<String> changed = new ArrayList<>();
		after.propertyNames().forEach(field -> {
			if (!before.get(field).equals(after.get(field))) {
				changed.add(field);
			}
		});
		assertThat(changed).as("fields changed on %s", what).containsExactlyInAnyOrderElementsOf(changes.keySet());
		changes.forEach((field, value) -> assertThat(after.get(field).decimalValue()).as("%s on %s", field, what)
			.isEqualByComparingTo(value));
	}

	/** The row an agent without receptions, sales or refunds that day would have. */
	private static JsonNode zeros(JsonNode row) {
		ObjectNode zeros = ((ObjectNode) row).deepCopy();
		row.propertyNames().forEach(field -> {
			if (row.get(field).isIntegralNumber()) {
				zeros.put(field, 0);
			}
			else if (row.get(field).isNumber()) {
				zeros.put(field, 0.0);
			}
		});
		return zeros;
	}

	private static void assertUnchangedBut(Map<LocalDate, JsonNode> before, Map<LocalDate, JsonNode> after,
			LocalDate... changed) {
		List<LocalDate> touched = Arrays.asList(changed);
		before.keySet()
			.stream()
			.filter(day -> !touched.contains(day))
			.forEach(day -> assertThat(after.get(day)).as("figures of %s", day).isEqualTo(before.get(day)));
	}

	private Optional<JsonNode> row(JsonNode figures) {
		for (JsonNode agent : figures.get("agents")) {
			if (agent.get("agent").asString().equals(shop.name() + ":" + mei)) {
				return Optional.of(agent);
			}
		}
		return Optional.empty();
	}

	private static JsonNode withoutStale(JsonNode figures) {
		ObjectNode copy = ((ObjectNode) figures).deepCopy();
		copy.remove("stale");
		return copy;
	}

}
