package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.order.OrderStatus;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TaobaoOrderReportUnitTests {

	private final List<ExportedOrder> orders = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	private void read(Path file) throws IOException {
		TaobaoOrderReport.read(file, orders::add, rejected::add);
	}

	private static Path sample(String name) throws URISyntaxException {
		return Path.of(TaobaoOrderReportUnitTests.class.getResource("/ingest/taobao/" + name).toURI());
	}

	@Test
	void readsTheClassicGbkReportWithHeadersEndingInSpaces() throws Exception {
		read(sample("ExportOrderList201805271900.csv"));

		assertThat(orders).hasSize(3);
		ExportedOrder first = orders.get(0);
		assertThat(first.orderNo()).isEqualTo("1930679858112345");
		assertThat(first.buyerNick()).isEqualTo("快乐的小橙子");
		assertThat(first.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(first.createdAt()).isEqualTo(LocalDateTime.of(2016, 5, 23, 22, 2));
		assertThat(first.paidAt()).isEqualTo(LocalDateTime.of(2016, 5, 23, 22, 5));
		assertThat(first.paidAmount()).isEqualByComparingTo("378.00");
		assertThat(first.receiverPhone()).isEqualTo("13812345678");
		assertThat(first.receiverAddress()).isEqualTo("浙江省 杭州市 西湖区 文三路100号(310000)");
		assertThat(first.itemTitles()).isEqualTo("视谱 护眼台灯 A1，视谱 夹子灯 C2");
		assertThat(first.sellerRemark()).isEqualTo("小美 客户要求发顺丰 5.23");
		assertThat(first.line()).isEqualTo(2);
	}

	@Test
	void anUnpaidOrderHasNoPaidAmountWhateverTheCellSays() throws Exception {
		read(sample("ExportOrderList201805271900.csv"));

		ExportedOrder unpaid = orders.get(1);
		assertThat(unpaid.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
		assertThat(unpaid.paidAt()).isNull();
		assertThat(unpaid.paidAmount()).isNull();
		assertThat(unpaid.totalAmount()).isEqualByComparingTo("1208.00");
		assertThat(unpaid.shippingFee()).isEqualByComparingTo("10.00");
		assertThat(orders.get(2).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void reportsEveryBadLineAsFileLineFieldReason() throws Exception {
		read(sample("ExportOrderList201805271900.csv"));

		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly(
					"ExportOrderList201805271900.csv:5: 订单编号: '1.93067985811235E+15' was turned into a number by a "
							+ "spreadsheet and lost digits; export the file again without opening it in Excel",
					"ExportOrderList201805271900.csv:6: 订单创建时间: '昨天下午' is not a date and time",
					"ExportOrderList201805271900.csv:7: 总金额: '九十九' is not an amount");
	}

	@Test
	void aFileWithoutTheRequiredColumnsSaysWhichAreMissingAndWhatItHas(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("ExportOrderList1.csv");
		Files.writeString(file, "订单编号,买家会员名,总金额\r\n=\"1\",a,1.00\r\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> read(file)).isInstanceOf(MissingColumnsException.class)
			.hasMessage("missing required columns 订单状态, 订单创建时间/创建时间; the file has 订单编号 买家会员名 总金额");
	}

	@Test
	void readsTheQianniuWorkbookWithItsRenamedColumnsAndMaskedReceiver(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("订单导出.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet();
			List<String> headers = List.of("订单编号", "买家会员名", "订单状态", "订单创建时间", "订单付款时间 ", "买家实付金额", "商品标题", "收货地址 ",
					"商家备注");
			List<String> values = List.of("1930679858112399", "tb8946567709", "卖家已发货，等待买家确认", "2024-03-05 21:16:00",
					"2024-03-05 21:20:00", "199.00", "视谱 护眼台灯 A1", "江苏省 南京市 建邺区 沙洲街道****", "");
			for (int r = 0; r < 2; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < headers.size(); c++) {
					row.createCell(c).setCellValue((r == 0 ? headers : values).get(c));
				}
			}
			book.write(out);
		}

		TaobaoOrderReport.read(file, orders::add, rejected::add);

		assertThat(rejected).isEmpty();
		assertThat(orders).singleElement().satisfies(order -> {
			assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
			assertThat(order.paidAmount()).isEqualByComparingTo("199.00");
			assertThat(order.totalAmount()).isEqualByComparingTo("199.00");
			assertThat(order.itemTitles()).isEqualTo("视谱 护眼台灯 A1");
			assertThat(order.receiverAddress()).isEqualTo("江苏省 南京市 建邺区 沙洲街道****");
			assertThat(order.line()).isEqualTo(2);
		});
	}

	@Test
	void readsTheShippingAndReceiptTimesOfTheQianniuWorkbook(@TempDir Path dir) throws IOException {
		List<String> header = List.of("订单编号", "买家会员名", "订单状态", "订单创建时间", "订单付款时间 ", "发货时间", "确认收货时间", "买家实付金额");
		Path file = SheetFile.xlsx(dir.resolve("订单导出.xlsx"),
				List.of(header,
						List.of("1930679858112401", "tb8946567709", "交易成功", "2024-03-05 21:16:00",
								"2024-03-05 21:20:00", "2024-03-06 10:02:13", "2024-03-09 18:30:00", "199.00"),
						List.of("1930679858112402", "书桌前的猫", "卖家已发货，等待买家确认", "2024-03-06 09:00:00",
								"2024-03-06 09:01:10", "2024-03-06 17:45:00", "", "59.00"),
						List.of("1930679858112403", "快乐的小橙子", "交易成功", "2024-03-05 21:16:00", "2024-03-05 21:20:00",
								"2024-03-05 20:00:00", "2024-03-09 18:30:00", "199.00"),
						List.of("1930679858112404", "快乐的小橙子", "交易成功", "2024-03-05 21:16:00", "2024-03-05 21:20:00",
								"2024-03-06 10:02:13", "下周一", "199.00"),
						List.of("1930679858112405", "快乐的小橙子", "交易成功", "2024-03-05 21:16:00", "2024-03-05 21:20:00",
								"2024-03-06 10:02:13", "2024-03-06 10:00:00", "199.00")));

		read(file);

		assertThat(orders).extracting(ExportedOrder::orderNo, ExportedOrder::shippedAt, ExportedOrder::receivedAt)
			.containsExactly(
					tuple("1930679858112401", LocalDateTime.of(2024, 3, 6, 10, 2, 13),
							LocalDateTime.of(2024, 3, 9, 18, 30)),
					tuple("1930679858112402", LocalDateTime.of(2024, 3, 6, 17, 45), null));
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("订单导出.xlsx:4: 发货时间: '2024-03-05 20:00:00' is before the order was created",
					"订单导出.xlsx:5: 确认收货时间: '下周一' is not a date and time",
					"订单导出.xlsx:6: 确认收货时间: '2024-03-06 10:00:00' is before the order was shipped");
	}

	@Test
	void takesTheTimeOfTheSuccessfulTradeAsTheReceipt(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("ExportOrderList202403091900.csv");
		Files.writeString(file, "订单编号,买家会员名,订单状态,订单创建时间,订单付款时间 ,发货时间,交易成功时间,总金额,买家实际支付金额\r\n"
				+ "=\"1930679858112411\",快乐的小橙子,交易成功,2024/3/5 22:02,2024/3/5 22:05,2024/3/6 18:20,2024/3/16 18:20,"
				+ "398.00,378.00\r\n" + "=\"1930679858112412\",书桌前的猫,交易关闭,2024/3/5 22:02,,,2024/3/6 22:02,99.00,\r\n",
				Charset.forName("GBK"));

		read(file);

		assertThat(rejected).isEmpty();
		assertThat(orders.get(0).receivedAt()).isEqualTo(LocalDateTime.of(2024, 3, 16, 18, 20));
		assertThat(orders.get(1).receivedAt()).as("a trade closed unshipped received nothing").isNull();
	}

}
