package io.kefu.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@RecordApplicationEvents
class ImportIntegrationTests {

	@Autowired
	MessageSource texts;

	@Autowired
	Imports imports;

	@Autowired
	Shops shops;

	@Autowired
	Orders orders;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Autowired
	Staff staff;

	@Autowired
	ApplicationEvents events;

	@Autowired
	io.kefu.scripts.ScriptLibrary scripts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long shopId;

	@BeforeEach
	void openShop() {
		shopId = shops.open(NewShop.of("视谱台灯旗舰店" + System.nanoTime(), Platform.TMALL)).id().value();
	}

	private static Path sample(String path) throws URISyntaxException {
		return Path.of(ImportIntegrationTests.class.getResource("/ingest/" + path).toURI());
	}

	private FileReport importSample(String path, boolean skipBadLines) throws URISyntaxException {
		Path file = sample(path);
		return imports.importFile(ShopId.of(shopId), file, file.getFileName().toString(), null, skipBadLines);
	}

	@Test
	void aFileWithRejectedLinesIsNotAppliedAtAll() throws Exception {
		FileReport report = importSample("taobao/ExportOrderList201805271900.csv", false);

		assertThat(report.applied()).isFalse();
		assertThat(report.kind()).isEqualTo(ImportKind.TAOBAO_ORDERS);
		assertThat(report.read()).isEqualTo(6);
		assertThat(report.rejected()).isEqualTo(3);
		assertThat(english(report)).hasSize(3)
			.first()
			.asString()
			.startsWith("ExportOrderList201805271900.csv:5: 订单编号: ");
		assertThat(chinese(report)).contains("ExportOrderList201805271900.csv:6: 订单创建时间: “昨天下午”不是日期时间");
		assertThat(orders.findByNo(ShopId.of(shopId), OrderNo.of("1930679858112345"))).isEmpty();
		assertThat(buyers.countInShop(ShopId.of(shopId))).isZero();
		assertThat(events.stream(OrdersImported.class)).isEmpty();
	}

	@Test
	void skippingBadLinesAppliesTheRestOnceAndAgainChangesNothing() throws Exception {
		FileReport first = importSample("taobao/ExportOrderList201805271900.csv", true);
		FileReport again = importSample("taobao/ExportOrderList201805271900.csv", true);

		assertThat(first.summary()).isEqualTo("ExportOrderList201805271900.csv: TAOBAO_ORDERS applied: read 6, "
				+ "inserted 3, updated 0, unchanged 0, rejected 3");
		assertThat(again.summary()).endsWith("inserted 0, updated 0, unchanged 3, rejected 3");
		assertThat(orders.findByNo(ShopId.of(shopId), OrderNo.of("1930679858112345")).orElseThrow().paidAmount())
			.isEqualByComparingTo("378.00");
		assertThat(events.stream(OrdersImported.class)).singleElement()
			.satisfies(event -> assertThat(event.businessDays()).contains(LocalDate.of(2016, 5, 23),
					LocalDate.of(2018, 5, 27)));
	}

	@Test
	void theItemReportGivesImportedOrdersTheirLines() throws Exception {
		importSample("taobao/ExportOrderList201805271900.csv", true);

		FileReport items = importSample("taobao/ExportOrderDetailList201805271900.csv", true);

		assertThat(items.kind()).isEqualTo(ImportKind.TAOBAO_ITEMS);
		assertThat(items.updated()).isEqualTo(2);
		assertThat(orders.findByNo(ShopId.of(shopId), OrderNo.of("1930679858112345")).orElseThrow().items())
			.extracting(item -> item.title())
			.containsExactly("视谱 护眼台灯 A1", "视谱 夹子灯 C2");
	}

	@Test
	void itemsOfAnOrderKefuDoesNotKnowAreRejected() throws Exception {
		FileReport items = importSample("taobao/ExportOrderDetailList201805271900.csv", false);

		assertThat(items.applied()).isFalse();
		assertThat(english(items)).contains("ExportOrderDetailList201805271900.csv:2: 订单编号: order 1930679858112345 "
				+ "is not in Kefu; import its 订单报表 first");
		assertThat(chinese(items))
			.contains("ExportOrderDetailList201805271900.csv:2: 订单编号: 客服系统里没有订单 1930679858112345；请先导入它的订单报表");
	}

	@Test
	void aQianniuChatBringsItsBuyersAndAgentsAndOverlapsAddNothing() throws Exception {
		FileReport first = importSample("chat/qianniu-clipboard-gbk.txt", false);
		FileReport again = importSample("chat/qianniu-clipboard-gbk.txt", false);

		assertThat(first.kind()).isEqualTo(ImportKind.CHAT_QIANNIU);
		assertThat(first.inserted()).isEqualTo(7);
		assertThat(again.inserted()).isZero();
		assertThat(again.unchanged()).isEqualTo(7);
		assertThat(staff.findByNickname(ShopId.of(shopId), "小美")).isPresent();
		assertThat(staff.findByNickname(ShopId.of(shopId), "阿杰")).isPresent();
		long buyer = buyers.findByNick(ShopId.of(shopId), "tb8946567709").orElseThrow().id().value();
		List<Message> thread = messages.thread(ShopId.of(shopId), BuyerId.of(buyer));
		assertThat(thread).extracting(Message::direction, Message::kind)
			.containsExactly(org.assertj.core.api.Assertions.tuple(Direction.OUT, MessageKind.AUTO_REPLY),
					org.assertj.core.api.Assertions.tuple(Direction.IN, MessageKind.TEXT),
					org.assertj.core.api.Assertions.tuple(Direction.OUT, MessageKind.TEXT));
		assertThat(events.stream(MessagesImported.class)).hasSize(1);
	}

	@Test
	void aPinduoduoExportIsRecognisedAndItsOrdersComeWithTheirLines() throws Exception {
		FileReport first = importSample("pdd/pdd-orders-20240308.csv", true);
		FileReport again = importSample("pdd/pdd-orders-20240308.csv", true);

		assertThat(first.kind()).isEqualTo(ImportKind.PDD_ORDERS);
		assertThat(first.applied()).isTrue();
		assertThat(first.inserted()).isEqualTo(4);
		assertThat(again.inserted()).isZero();
		assertThat(again.unchanged()).isEqualTo(4);
		assertThat(again.rejected()).isEqualTo(first.rejected());
		assertThat(buyers.countInShop(ShopId.of(shopId))).isPositive();
	}

	@Test
	void shippingAndReceiptTimesAreStoredInTheShopsTimeAndAReImportKeepsThem() throws Exception {
		importSample("pdd/pdd-orders-20240308.csv", true);
		importSample("pdd/pdd-orders-20240308.csv", true);

		ZoneId zone = shops.get(ShopId.of(shopId)).timeZone();
		Order signed = orders.findByNo(ShopId.of(shopId), OrderNo.of("240305-418953326161234")).orElseThrow();
		assertThat(signed.shippedAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 18, 0).atZone(zone).toInstant());
		assertThat(signed.receivedAt()).isEqualTo(LocalDateTime.of(2024, 3, 8, 10, 2, 11).atZone(zone).toInstant());
		Order refunded = orders.findByNo(ShopId.of(shopId), OrderNo.of("240306-418953326161236")).orElseThrow();
		assertThat(refunded.refunds()).singleElement()
			.satisfies(refund -> assertThat(refund.closedAt()).as("stamped when Kefu learnt of it").isNotNull());
	}

	@Test
	void quickPhrasesJoinTheScriptLibraryAndSharedCodesBecomeVariants(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("快捷短语.csv");
		Files
			.write(file,
					("分组名称,快捷编码,短语内容,图片,是否加入团队\r\n" + "问候,hi,\"亲,您好,欢迎光临!\",,是\r\n"
							+ "问候,hi,\"亲,在的哦,请问有什么可以帮您?\",,是\r\n" + "物流,,\"亲,默认发圆通哦\",,否\r\n")
						.getBytes(java.nio.charset.Charset.forName("GBK")));

		FileReport first = imports.importFile(ShopId.of(shopId), file, "快捷短语.csv", null, false);
		FileReport again = imports.importFile(ShopId.of(shopId), file, "快捷短语.csv", null, false);

		assertThat(first.kind()).isEqualTo(ImportKind.QUICK_PHRASES);
		assertThat(first.inserted()).isEqualTo(3);
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(scripts.countVariants(ShopId.of(shopId))).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from script where shop_id = ?").param(shopId).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void aFileOfNoKnownFormatSaysWhatWasTried(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("notes.txt"), "明天记得催付\n", StandardCharsets.UTF_8);

		FileReport report = imports.importFile(ShopId.of(shopId), file, "notes.txt", null, false);

		assertThat(report.applied()).isFalse();
		assertThat(report.kind()).isNull();
		assertThat(english(report)).first().asString().startsWith("notes.txt: not a format Kefu reads");
		assertThat(english(report))
			.anyMatch(line -> line.startsWith("notes.txt: Taobao order report: missing required columns"))
			.anyMatch(line -> line.startsWith("notes.txt: Qianniu chat: no line like"))
			.anyMatch(line -> line.startsWith("notes.txt: Web chat history: no date line"));
		assertThat(chinese(report)).first().asString().startsWith("notes.txt: 不是客服系统能读的格式");
		assertThat(chinese(report)).anyMatch(line -> line.startsWith("notes.txt: 淘宝订单报表: 缺少必需的列 订单编号"))
			.anyMatch(line -> line.startsWith("notes.txt: 千牛聊天记录: 前几行里没有"));
	}

	private List<String> english(FileReport report) {
		return report.errors().stream().map(error -> error.render(texts, Locale.ENGLISH)).toList();
	}

	private List<String> chinese(FileReport report) {
		return report.errors().stream().map(error -> error.render(texts, Locale.SIMPLIFIED_CHINESE)).toList();
	}

}
