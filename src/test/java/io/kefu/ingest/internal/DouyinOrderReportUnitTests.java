package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DouyinOrderReportUnitTests {

	// part of the 抖店 export's 65 or so columns, in its order, with some Kefu ignores
	private static final List<String> HEADER = List.of("主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价",
			"订单应付金额", "运费", "优惠总金额", "平台优惠", "收件人", "收件人手机号", "省", "市", "区", "街道", "详细地址", "是否修改过地址", "买家留言", "订单提交时间",
			"旗帜颜色", "商家备注", "订单完成时间", "支付完成时间", "流量来源", "订单状态", "售后状态", "取消原因", "发货时间", "快递单号");

	private final List<ExportedOrder> orders = new ArrayList<>();

	private final List<ExportedItem> items = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	@TempDir
	Path dir;

	private Path export;

	private static List<String> subOrder(String orderNo, String subOrderNo, String title, String quantity,
			String unitPrice, String payable, String submitted, String flag, String paid, String status,
			String afterSale) {
		return Arrays.asList(orderNo, subOrderNo, title, "白色", quantity, "3581234567", "SP-A1", unitPrice, payable,
				"0.00", "10.00", "5.00", "李**", "138****0000", "广东省", "深圳市", "南山区", "粤海街道", "科技园****", "否", "周末也可以收",
				submitted, flag, "小美 加急", "", paid, "直播", status, afterSale, "", "", "");
	}

	@BeforeEach
	void writeExport() throws IOException {
		export = SheetFile.xlsx(dir.resolve("抖店订单导出_20240308.xlsx"),
				List.of(HEADER,
						subOrder("6921234567890123456", "6921234567890123457", "视谱 护眼台灯 A1", "1", "99.00", "89.00",
								"2024-03-05 20:00:01", "红", "2024-03-05 20:00:20", "已完成", "-"),
						subOrder("6921234567890123456", "6921234567890123458", "视谱 夹子灯 C2", "2", "20.00", "40.00",
								"2024-03-05 20:00:01", "红", "2024-03-05 20:00:20", "已完成", "退款成功"),
						subOrder("6921234567890123460", "6921234567890123461", "视谱 护眼台灯 Pro", "1", "1,299.00",
								"1,299.00", "2024-03-06 09:00:00", "3", "2024-03-06 09:01:00", "待发货", "-"),
						subOrder("6921234567890123470", "6921234567890123471", "视谱 护眼台灯 A1", "1", "99.00", "99.00",
								"2024-03-06 10:00:00", "", "", "待支付", "-"),
						subOrder("6921234567890123480", "6921234567890123481", "视谱 护眼台灯 A1", "1", "99.00", "99.00",
								"2024-03-06 11:00:00", "紫色", "", "已关闭", "-"),
						subOrder("6.92123E+18", "6921234567890123491", "视谱 护眼台灯 A1", "1", "99.00", "99.00",
								"2024-03-06 12:00:00", "", "2024-03-06 12:00:10", "已发货", "-"),
						subOrder("6921234567890123500", "6921234567890123501", "视谱 护眼台灯 A1", "1", "99.00", "99.00",
								"2024-03-05 25:61:00", "", "", "已发货", "-"),
						subOrder("6921234567890123510", "6921234567890123511", "视谱 护眼台灯 A1", "1", "九十九", "99.00",
								"2024-03-06 13:00:00", "", "", "已发货", "-")));
	}

	private void read(Path file) throws IOException {
		DouyinOrderReport.read(file, orders::add, items::add, rejected::add);
	}

	@Test
	void readsTheDouyinExportWithOneRowPerSubOrderGroupedByMainOrder() throws IOException {
		read(export);

		assertThat(orders).extracting(ExportedOrder::orderNo)
			.containsExactly("6921234567890123456", "6921234567890123460", "6921234567890123470",
					"6921234567890123480");
		ExportedOrder first = orders.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.createdAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 20, 0, 1));
		assertThat(first.paidAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 20, 0, 20));
		assertThat(first.itemTitles()).isEqualTo("视谱 护眼台灯 A1，视谱 夹子灯 C2");
		assertThat(first.itemCount()).isEqualTo(3);
		assertThat(first.buyerMessage()).isEqualTo("周末也可以收");
		assertThat(items).hasSize(5);
		assertThat(items.get(1).unitPrice()).isEqualByComparingTo("20.00");
	}

	@Test
	void sumsTheSubOrdersAmountsAndRefunds() throws IOException {
		read(export);

		ExportedOrder first = orders.get(0);
		assertThat(first.totalAmount()).isEqualByComparingTo("129.00");
		assertThat(first.paidAmount()).isEqualByComparingTo("129.00");
		assertThat(first.refundAmount()).isEqualByComparingTo("40.00");
		assertThat(items.get(0).refundAmount()).isNull();
		assertThat(items.get(1).refundAmount()).isEqualByComparingTo("40.00");
		assertThat(orders.get(1).totalAmount()).isEqualByComparingTo("1299.00");
	}

	@Test
	void mapsDouyinStatusesAndLeavesAnUnpaidOrderWithoutPayment() throws IOException {
		read(export);

		assertThat(orders).extracting(ExportedOrder::status)
			.containsExactly(OrderStatus.COMPLETED, OrderStatus.PAID, OrderStatus.WAITING_PAYMENT, OrderStatus.CLOSED);
		assertThat(orders.get(2).paidAt()).isNull();
		assertThat(orders.get(2).paidAmount()).isNull();
		assertThat(orders.get(2).totalAmount()).isEqualByComparingTo("99.00");
	}

	@Test
	void readsFlagColoursByNameOrDouyinStarNumber() throws IOException {
		read(export);

		assertThat(orders).extracting(ExportedOrder::flag).containsExactly(Flag.RED, Flag.GREEN, null, Flag.PURPLE);
		assertThat(DouyinOrderTexts.flag("1")).as("star 1 is Douyin's purple").isEqualTo(Flag.PURPLE);
		assertThat(DouyinOrderTexts.flag("5")).isEqualTo(Flag.RED);
		assertThat(EnglishErrors.reason(catchThrowable(() -> DouyinOrderTexts.flag("粉"))))
			.startsWith("'粉' is not a flag colour");
	}

	@Test
	void keepsMaskedReceiversMaskedAndJoinsTheAddressPieces() throws IOException {
		read(export);

		ExportedOrder first = orders.get(0);
		assertThat(first.receiverName()).isEqualTo("李**");
		assertThat(first.receiverPhone()).isEqualTo("138****0000");
		assertThat(first.buyerNick()).isEqualTo("李** 138****0000");
		assertThat(first.receiverAddress()).isEqualTo("广东省 深圳市 南山区 粤海街道 科技园****");
	}

	@Test
	void reportsEveryBadLineAsFileLineFieldReason() throws IOException {
		read(export);

		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly(
					"抖店订单导出_20240308.xlsx:7: 主订单编号: '6.92123E+18' was turned into a number by a spreadsheet and "
							+ "lost digits; export the file again without opening it in Excel",
					"抖店订单导出_20240308.xlsx:8: 订单提交时间: '2024-03-05 25:61:00' is not a date and time",
					"抖店订单导出_20240308.xlsx:9: 商品单价: '九十九' is not an amount");
	}

	@Test
	void readsTheCsvVariantWithTheOlderUnitPriceHeader() throws IOException {
		Path file = dir.resolve("抖店订单.csv");
		Files.writeString(file, "\uFEFF主订单编号,子订单编号,选购商品,商品数量,商品金额,订单提交时间,支付完成时间,订单状态,旗帜颜色,收件人,收件人手机号\n"
				+ "6921234567890123600\t,6921234567890123601\t,台灯\t,2,\"1,099.50\",2024/3/6 14:00,2024/3/6 14:01,已发货,绿,"
				+ "周*,137****0000\n", StandardCharsets.UTF_8);

		read(file);

		assertThat(rejected).isEmpty();
		assertThat(orders).singleElement().satisfies(order -> {
			assertThat(order.orderNo()).isEqualTo("6921234567890123600");
			assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
			assertThat(order.totalAmount()).as("unit price times quantity").isEqualByComparingTo("2199.00");
			assertThat(order.flag()).isEqualTo(Flag.GREEN);
		});
	}

	@Test
	void aFileWithoutTheRequiredColumnsSaysWhichAreMissingAndWhatItHas() throws IOException {
		Path file = dir.resolve("抖店订单.csv");
		Files.writeString(file, "主订单编号,选购商品,商品数量,商品单价,订单提交时间\n1,台灯,1,9.9,2024-03-06 14:00:00\n",
				StandardCharsets.UTF_8);

		assertThatThrownBy(() -> read(file)).isInstanceOf(MissingColumnsException.class)
			.hasMessage("missing required columns 订单状态; the file has 主订单编号 选购商品 商品数量 商品单价 订单提交时间");
	}

	@Test
	void readsTheShippingAndCompletionTimesOfTheSubOrders() throws IOException {
		Path file = dir.resolve("抖店订单.csv");
		Files.writeString(file, "\uFEFF主订单编号,子订单编号,选购商品,商品数量,商品单价,订单提交时间,支付完成时间,发货时间,订单完成时间,订单状态,收件人,收件人手机号\n"
				+ "6921234567890123700\t,6921234567890123701\t,视谱 护眼台灯 A1\t,1,99.00,2024/3/6 14:00,2024/3/6 14:01,"
				+ "2024/3/7 09:30,2024/3/10 20:15,已完成,周*,137****0000\n"
				+ "6921234567890123700\t,6921234567890123702\t,视谱 夹子灯 C2\t,1,20.00,2024/3/6 14:00,2024/3/6 14:01,"
				+ "2024/3/7 09:30,2024/3/10 20:15,已完成,周*,137****0000\n"
				+ "6921234567890123710\t,6921234567890123711\t,视谱 护眼台灯 A1\t,1,99.00,2024/3/6 15:00,2024/3/6 15:01,"
				+ "2024/3/7 09:30,,已发货,吴*,136****0000\n"
				+ "6921234567890123720\t,6921234567890123721\t,视谱 护眼台灯 A1\t,1,99.00,2024/3/6 15:00,2024/3/6 15:01,"
				+ "2024/3/7 09:30,2024/3/7 09:00,已完成,郑*,135****0000\n"
				+ "6921234567890123730\t,6921234567890123731\t,视谱 护眼台灯 A1\t,1,99.00,2024/3/6 15:00,2024/3/6 15:01,"
				+ "昨天,,已发货,王*,134****0000\n", StandardCharsets.UTF_8);

		read(file);

		assertThat(orders).extracting(ExportedOrder::orderNo, ExportedOrder::shippedAt, ExportedOrder::receivedAt)
			.containsExactly(
					tuple("6921234567890123700", LocalDateTime.of(2024, 3, 7, 9, 30),
							LocalDateTime.of(2024, 3, 10, 20, 15)),
					tuple("6921234567890123710", LocalDateTime.of(2024, 3, 7, 9, 30), null));
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("抖店订单.csv:5: 订单完成时间: '2024-03-07 09:00:00' is before the order was shipped",
					"抖店订单.csv:6: 发货时间: '昨天' is not a date and time");
	}

}
