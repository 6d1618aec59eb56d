package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.order.OrderStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PddOrderReportUnitTests {

	private final List<ExportedOrder> orders = new ArrayList<>();

	private final List<ExportedItem> items = new ArrayList<>();

	private final List<ImportError> rejected = new ArrayList<>();

	private void read(Path file) throws IOException {
		PddOrderReport.read(file, orders::add, items::add, rejected::add);
	}

	private static Path sample() throws URISyntaxException {
		return Path.of(PddOrderReportUnitTests.class.getResource("/ingest/pdd/pdd-orders-20240308.csv").toURI());
	}

	@Test
	void readsTheUtf8ExportWithTabsInItsTextCells() throws Exception {
		read(sample());

		assertThat(orders).hasSize(4);
		ExportedOrder first = orders.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.orderNo()).isEqualTo("240305-418953326161234");
		assertThat(first.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(first.createdAt()).isEqualTo(LocalDateTime.of(2024, 3, 5, 12, 1, 30));
		assertThat(first.paidAt()).isEqualTo(first.createdAt());
		assertThat(first.totalAmount()).isEqualByComparingTo("51.80");
		assertThat(first.paidAmount()).isEqualByComparingTo("51.80");
		assertThat(first.itemTitles()).isEqualTo("视谱 护眼台灯 A1");
		assertThat(first.sellerRemark()).isEqualTo("小美 送贴纸");
		assertThat(first.refundAmount()).isNull();
		assertThat(orders.get(3).sellerRemark()).isEqualTo("急单，今天发");
	}

	@Test
	void givesEachOrderItsOneLineWithTheUnitPriceFromTheGoodsTotal() throws Exception {
		read(sample());

		assertThat(items).hasSize(4);
		ExportedItem three = items.get(1);
		assertThat(three.orderNo()).isEqualTo("240305-418953326161235");
		assertThat(three.quantity()).isEqualTo(3);
		assertThat(three.unitPrice()).isEqualByComparingTo("353.00");
		assertThat(three.properties()).isEqualTo("黑色");
		assertThat(three.outerCode()).isEqualTo("SP-C2-B");
	}

	@Test
	void readsMoneyWithSeparatorsAndYuanAndStatusesWithFullWidthCommas() throws Exception {
		read(sample());

		ExportedOrder shipped = orders.get(1);
		assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(shipped.totalAmount()).isEqualByComparingTo("1049.00");
		assertThat(shipped.shippingFee()).isEqualByComparingTo("10.00");
		assertThat(shipped.refundAmount()).as("售后处理中 is no refund yet").isNull();
		assertThat(orders.get(3).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void aSuccessfulRefundGivesBackThePaidAmountAndTheOrderStaysPaid() throws Exception {
		read(sample());

		ExportedOrder refunded = orders.get(2);
		assertThat(refunded.status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(refunded.paidAt()).isEqualTo(LocalDateTime.of(2024, 3, 6, 8, 0));
		assertThat(refunded.paidAmount()).isEqualByComparingTo("49.90");
		assertThat(refunded.refundAmount()).isEqualByComparingTo("49.90");
		assertThat(items.get(2).refundAmount()).isEqualByComparingTo("49.90");
	}

	@Test
	void anOrderRefundedBeforeShippingSaysSoInItsStatusAlone(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("orders.csv");
		Files.writeString(file, "\uFEFF订单号,订单状态,商品,商品数量(件),用户实付金额(元),订单成交时间,收货人\r\n"
				+ "240305-2\t,未发货，退款成功,台灯\t,1,19.90,2024-03-05 12:00:00,张*\r\n", StandardCharsets.UTF_8);

		read(file);

		assertThat(orders).singleElement().satisfies(order -> {
			assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
			assertThat(order.paidAmount()).isEqualByComparingTo("19.90");
			assertThat(order.refundAmount()).isEqualByComparingTo("19.90");
			assertThat(order.buyerNick()).isEqualTo("张*");
		});
	}

	@Test
	void keepsMaskedReceiversMaskedAndIdentifiesTheBuyerByThem() throws Exception {
		read(sample());

		ExportedOrder first = orders.get(0);
		assertThat(first.receiverName()).isEqualTo("张**");
		assertThat(first.receiverPhone()).isEqualTo("138****5678");
		assertThat(first.buyerNick()).isEqualTo("张** 138****5678");
		assertThat(first.receiverAddress()).isEqualTo("浙江省 杭州市 西湖区 文新街道 文三路****");
		assertThat(orders.get(1).receiverAddress()).as("a detail that is the whole address")
			.isEqualTo("上海 上海市 浦东新区 张江路****");
	}

	@Test
	void reportsEveryBadLineAsFileLineFieldReason() throws Exception {
		read(sample());

		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly(
					"pdd-orders-20240308.csv:6: 订单号: '4.18953E+14' was turned into a number by a spreadsheet and lost "
							+ "digits; export the file again without opening it in Excel",
					"pdd-orders-20240308.csv:7: 用户实付金额(元): '四十九' is not an amount",
					"pdd-orders-20240308.csv:8: 订单成交时间: '2024-03-32 23:20:00' is not a date and time");
	}

	@Test
	void takesTheBuyerNickWhenTheExportHasOne(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("orders.csv");
		Files.writeString(file, "\uFEFF订单号,订单状态,商品,商品数量(件),用户实付金额(元),订单成交时间,用户昵称,收货人\r\n"
				+ "240305-1\t,待发货,台灯\t,1,19.90,2024-03-05 12:00:00,小***猫\t,张*\r\n", StandardCharsets.UTF_8);

		read(file);

		assertThat(orders).singleElement().extracting(ExportedOrder::buyerNick).isEqualTo("小***猫");
	}

	@Test
	void aFileWithoutTheRequiredColumnsSaysWhichAreMissingAndWhatItHas(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("orders.csv");
		Files.writeString(file, "\uFEFF商品,订单号,商品数量(件),订单成交时间\r\n台灯\t,240305-1\t,1,2024-03-05 12:00:00\r\n",
				StandardCharsets.UTF_8);

		assertThatThrownBy(() -> read(file)).isInstanceOf(MissingColumnsException.class)
			.hasMessage("missing required columns 订单状态; the file has 商品 订单号 商品数量(件) 订单成交时间");
	}

	@Test
	void readsWhenEachOrderWasShippedAndReceived() throws Exception {
		read(sample());

		assertThat(orders).extracting(ExportedOrder::shippedAt, ExportedOrder::receivedAt)
			.containsExactly(tuple(LocalDateTime.of(2024, 3, 5, 18, 0), LocalDateTime.of(2024, 3, 8, 10, 2, 11)),
					tuple(LocalDateTime.of(2024, 3, 6, 9, 30), null), tuple(LocalDateTime.of(2024, 3, 6, 18, 0), null),
					tuple(null, null));
	}

	@Test
	void theSigningTimeCountsAsReceiptAndOneBeforeShippingIsTheLinesError(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("orders.csv");
		Files.writeString(file, "\uFEFF订单号,订单状态,商品,商品数量(件),用户实付金额(元),订单成交时间,发货时间,签收时间,收货人\r\n"
				+ "240305-3\t,已签收,台灯\t,1,19.90,2024-03-05 12:00:00,2024-03-05 18:00:00,2024-03-07 11:20:00,张*\r\n"
				+ "240305-4\t,已签收,台灯\t,1,19.90,2024-03-05 12:00:00,2024-03-05 18:00:00,2024-03-05 17:00:00,李*\r\n",
				StandardCharsets.UTF_8);

		read(file);

		assertThat(orders).singleElement()
			.extracting(ExportedOrder::receivedAt)
			.isEqualTo(LocalDateTime.of(2024, 3, 7, 11, 20));
		assertThat(rejected).extracting(EnglishErrors::text)
			.containsExactly("orders.csv:3: 确认收货时间: '2024-03-05 17:00:00' is before the order was shipped");
	}

}
