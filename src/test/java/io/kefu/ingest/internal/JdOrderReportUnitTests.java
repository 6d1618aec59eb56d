package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.kefu.order.Flag;
import io.kefu.order.OrderStatus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class JdOrderReportUnitTests {

	// the JD seller back-end's export, trimmed to the columns that matter plus a few it
	// adds
	private static final List<String> HEADER = List.of("订单号", "商品ID", "商品名称", "订购数量", "下单时间", "京东价", "订单金额", "结算金额",
			"余额支付", "应付金额", "运费金额", "服务费", "订单状态", "订单类型", "下单帐号", "客户姓名", "客户地址", "联系电话", "订单备注", "商家备注",
			"商家备注等级（等级1-5为由高到低）", "付款确认时间", "订单完成时间", "发票类型", "货号", "仓库名称");

	private final List<ExportedOrder> orders = new ArrayList<>();

	private final List<ExportedItem> items = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	@TempDir
	Path dir;

	private Path export;

	private static List<String> row(String... cells) {
		return Arrays.asList(cells);
	}

	@BeforeEach
	void writeExport() throws IOException {
		export = SheetFile.xls(dir.resolve("订单导出_20240306.xls"), List.of(HEADER,
				row("250123456789", "100012345678", "视谱 护眼台灯 A1", "1", "2024-03-05 21:15:02", "199.00", "1,298.00",
						"1,288.00", "0.00", "1,288.00", "0.00", "0.00", "等待确认收货", "SOP", "jd_4f8a2c1e9b", "王*",
						"北京 朝阳区 三环到四环之间 ****", "'138****1234", "请尽快发货", "小李 已核对地址", "1", "2024-03-05 21:16:30", "",
						"电子普通发票", "SP-A1", "北京仓"),
				row("250123456789", "100012345679", "视谱 夹子灯 C2", "2", "2024-03-05 21:15:02", "549.50", "1,298.00",
						"1,288.00", "0.00", "1,288.00", "0.00", "0.00", "等待确认收货", "SOP", "jd_4f8a2c1e9b", "王*",
						"北京 朝阳区 三环到四环之间 ****", "'138****1234", "请尽快发货", "小李 已核对地址", "1", "2024-03-05 21:16:30", "",
						"电子普通发票", "SP-C2", "北京仓"),
				row("250123456790", "100012345678", "视谱 护眼台灯 A1", "1", "2024-03-06 09:00:00", "199.00", "209.00", "",
						"", "209.00", "10.00", "", "等待付款", "SOP", "jd_77aa01", "赵*", "上海 浦东新区 ****", "'139****0000", "",
						"", "", "", "", "", "SP-A1", ""),
				row("250123456791", "100012345678", "视谱 护眼台灯 A1", "1", "2024/3/6 10:02", "199.00", "199.00", "", "",
						"199.00", "0.00", "", "已取消", "SOP", "", "钱*", "广东 深圳市 南山区 ****", "'137****9999", "", "拍错了", "5",
						"2024/3/6 10:03", "", "", "SP-A1", ""),
				row("250123456792", "100012345678", "视谱 护眼台灯 A1", "1", "2024-03-06 11:00:00", "199.00", "199.00",
						"199.00", "", "199.00", "0.00", "", "锁定", "SOP", "jd_9c0d", "孙*", "浙江 杭州市 西湖区 ****",
						"'136****1111", "", "买家申请取消", "3", "2024-03-06 11:01:00", "", "", "SP-A1", ""),
				row("2.50123E+11", "100012345678", "视谱 护眼台灯 A1", "1", "2024-03-06 12:00:00", "199.00", "199.00", "", "",
						"199.00", "0.00", "", "完成", "SOP", "jd_1", "", "", "", "", "", "", "", "", "", "", ""),
				row("250123456793", "100012345678", "视谱 护眼台灯 A1", "1", "昨天 12:00", "199.00", "199.00", "", "", "199.00",
						"0.00", "", "完成", "SOP", "jd_2", "", "", "", "", "", "", "", "", "", "", ""),
				row("250123456794", "100012345678", "视谱 护眼台灯 A1", "1", "2024-03-06 12:00:00", "面议", "199.00", "", "",
						"199.00", "0.00", "", "完成", "SOP", "jd_3", "", "", "", "", "", "", "", "", "", "", "")));
	}

	private void read(Path file) throws IOException {
		JdOrderReport.read(file, orders::add, items::add, rejected::add);
	}

	@Test
	void readsTheJdExportWithOneRowPerOrderLine() throws IOException {
		read(export);

		assertThat(orders).extracting(ExportedOrder::orderNo)
			.containsExactly("250123456789", "250123456790", "250123456791", "250123456792");
		ExportedOrder first = orders.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.buyerNick()).isEqualTo("jd_4f8a2c1e9b");
		assertThat(first.createdAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 21, 15, 2));
		assertThat(first.paidAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 21, 16, 30));
		assertThat(first.totalAmount()).isEqualByComparingTo("1298.00");
		assertThat(first.paidAmount()).isEqualByComparingTo("1288.00");
		assertThat(first.itemTitles()).isEqualTo("视谱 护眼台灯 A1，视谱 夹子灯 C2");
		assertThat(first.itemCount()).isEqualTo(3);
		assertThat(first.buyerMessage()).isEqualTo("请尽快发货");
		assertThat(first.sellerRemark()).isEqualTo("小李 已核对地址");
		assertThat(items).extracting(ExportedItem::line, ExportedItem::orderNo, ExportedItem::quantity)
			.startsWith(tuple(2L, "250123456789", 1), tuple(3L, "250123456789", 2));
		assertThat(items.get(1).unitPrice()).isEqualByComparingTo("549.50");
		assertThat(items.get(1).outerCode()).isEqualTo("SP-C2");
		assertThat(items).hasSize(5);
	}

	@Test
	void mapsJdStatusesAndLeavesAnUnpaidOrderWithoutPayment() throws IOException {
		read(export);

		assertThat(orders).extracting(ExportedOrder::status)
			.containsExactly(OrderStatus.SHIPPED, OrderStatus.WAITING_PAYMENT, OrderStatus.CLOSED, OrderStatus.PAID);
		ExportedOrder unpaid = orders.get(1);
		assertThat(unpaid.paidAt()).isNull();
		assertThat(unpaid.paidAmount()).isNull();
		assertThat(unpaid.totalAmount()).isEqualByComparingTo("209.00");
		assertThat(unpaid.shippingFee()).isEqualByComparingTo("10.00");
	}

	@Test
	void readsTheRemarkLevelAsTheSellersFlag() throws IOException {
		read(export);

		assertThat(orders).extracting(ExportedOrder::flag).containsExactly(Flag.RED, null, Flag.PURPLE, Flag.GREEN);
	}

	@Test
	void keepsMaskedReceiversMaskedAndFallsBackToThemWithoutAnAccount() throws IOException {
		read(export);

		ExportedOrder first = orders.get(0);
		assertThat(first.receiverName()).isEqualTo("王*");
		assertThat(first.receiverPhone()).isEqualTo("138****1234");
		assertThat(first.receiverAddress()).isEqualTo("北京 朝阳区 三环到四环之间 ****");
		assertThat(orders.get(2).buyerNick()).isEqualTo("钱* 137****9999");
	}

	@Test
	void reportsEveryBadLineAsFileLineFieldReason() throws IOException {
		read(export);

		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly(
					"订单导出_20240306.xls:7: 订单号: '2.50123E+11' was turned into a number by a spreadsheet and lost digits; "
							+ "export the file again without opening it in Excel",
					"订单导出_20240306.xls:8: 下单时间: '昨天 12:00' is not a date and time",
					"订单导出_20240306.xls:9: 京东价: '面议' is not an amount");
	}

	@Test
	void readsTheStatesOfShopsWhoseGoodsJdDelivers() {
		assertThat(List.of("发往配送中心", "配送中心已收货", "收款确认", "暂停", "等待付款确认")).map(JdOrderTexts.STATUSES)
			.containsExactly(OrderStatus.SHIPPED, OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.PAID,
					OrderStatus.WAITING_PAYMENT);
	}

	@Test
	void refusesAnUnknownStatusRatherThanGuessing() throws IOException {
		Path file = SheetFile.xls(dir.resolve("订单.xls"),
				List.of(List.of("订单号", "商品名称", "订购数量", "京东价", "下单时间", "订单状态", "应付金额", "下单帐号"),
						List.of("250123456795", "台灯", "1", "199", "2024-03-06 12:00:00", "等待厂商处理", "199", "jd_5")));

		read(file);

		assertThat(orders).isEmpty();
		assertThat(rejected).extracting(EnglishErrors::text)
			.singleElement()
			.asString()
			.startsWith("订单.xls:2: 订单状态: '等待厂商处理' is not one of ");
	}

	@Test
	void aFileWithoutTheRequiredColumnsSaysWhichAreMissingAndWhatItHas() throws IOException {
		Path file = SheetFile.xls(dir.resolve("订单.xls"),
				List.of(List.of("订单号", "商品名称", "订购数量", "京东价", "下单时间"), List.of("250123456795", "台灯", "1", "199", "")));

		assertThatThrownBy(() -> read(file)).isInstanceOf(MissingColumnsException.class)
			.hasMessage("missing required columns 订单状态; the file has 订单号 商品名称 订购数量 京东价 下单时间");
	}

	@Test
	void readsWhenTheOrderLeftTheWarehouseAndWhenItCompleted() throws IOException {
		List<String> header = List.of("订单号", "商品名称", "订购数量", "京东价", "下单时间", "订单状态", "应付金额", "下单帐号", "付款确认时间", "出库时间",
				"订单完成时间");
		Path file = SheetFile.xls(dir.resolve("订单导出_20240312.xls"),
				List.of(header,
						row("250123456801", "视谱 护眼台灯 A1", "1", "199.00", "2024-03-05 21:15:02", "完成", "288.00",
								"jd_4f8a2c1e9b", "2024-03-05 21:16:30", "2024-03-06 08:12:45", "2024-03-09 14:03:11"),
						row("250123456801", "视谱 夹子灯 C2", "1", "89.00", "2024-03-05 21:15:02", "完成", "288.00",
								"jd_4f8a2c1e9b", "2024-03-05 21:16:30", "2024-03-06 08:12:45", "2024-03-09 14:03:11"),
						row("250123456802", "视谱 护眼台灯 A1", "1", "199.00", "2024-03-06 10:00:00", "等待确认收货", "199.00",
								"jd_77aa01", "2024-03-06 10:00:40", "2024-03-06 16:20:00", ""),
						row("250123456803", "视谱 护眼台灯 A1", "1", "199.00", "2024-03-06 11:00:00", "已取消", "199.00",
								"jd_9c0d", "", "", "2024-03-06 11:30:00"),
						row("250123456804", "视谱 护眼台灯 A1", "1", "199.00", "2024-03-06 12:00:00", "完成", "199.00", "jd_1",
								"2024-03-06 12:00:30", "2024-03-06 11:00:00", "2024-03-09 12:00:00")));

		read(file);

		assertThat(orders).extracting(ExportedOrder::orderNo, ExportedOrder::shippedAt, ExportedOrder::receivedAt)
			.containsExactly(
					tuple("250123456801", LocalDateTime.of(2024, 3, 6, 8, 12, 45),
							LocalDateTime.of(2024, 3, 9, 14, 3, 11)),
					tuple("250123456802", LocalDateTime.of(2024, 3, 6, 16, 20), null),
					tuple("250123456803", null, null));
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("订单导出_20240312.xls:6: 出库时间: '2024-03-06 11:00:00' is before the order was created");
	}

}
