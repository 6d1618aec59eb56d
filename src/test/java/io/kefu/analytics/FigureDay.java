package io.kefu.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.Imports;
import io.kefu.shop.Shop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data: one business day of a shop, 2026-03-02, written as the marketplaces export
 * it (a Qianniu chat record and a classic 订单报表, both GBK) and imported.
 * <ul>
 * <li>买家甲 asks twice; agent {@code mei} answers in 100 s and 200 s (after an auto-reply),
 * and the buyer orders and pays ¥378.00, credited to {@code mei}.</li>
 * <li>买家乙 is answered by {@code jie} in 30 s and orders without paying.</li>
 * <li>买家丙 writes and nobody answers: an unreceived consultation.</li>
 * <li>买家丁 never writes and pays ¥199.00: a silent order.</li>
 * </ul>
 */
final class FigureDay {

	static final String DAY = "2026-03-02";

	private static final Charset GBK = Charset.forName("GBK");

	private FigureDay() {
	}

	static void importInto(Imports imports, Shop shop, Path dir, String mei, String jie) throws IOException {
		String meiAccount = shop.name() + ":" + mei;
		String jieAccount = shop.name() + ":" + jie;
		Path chat = write(dir.resolve("chat.txt"),
				String.join("\r\n", "买家甲 2026-3-2 10:00:00", "在吗", meiAccount + " 2026-3-2 10:00:01",
						"[自动回复]亲，欢迎光临，有什么可以帮您？", meiAccount + " 2026-3-2 10:01:40", "亲，在的", "买家甲 2026-3-2 10:05:00",
						"有白色吗", meiAccount + " 2026-3-2 10:08:20", "有的亲，白色充电款有现货", "", "买家乙 2026-3-2 21:00:00", "能便宜点吗",
						jieAccount + " 2026-3-2 21:00:30", "亲，我们价格是统一的呢", "", "买家丙 2026-3-2 22:00:00", "有人吗", ""));
		Path orders = taobaoOrders(dir.resolve("ExportOrderList202603030900.csv"),
				order("1930679858100001", "买家甲", "378.00", "交易成功", "2026-03-02 10:10:00", "2026-03-02 10:12:00"),
				order("1930679858100002", "买家丁", "199.00", "买家已付款，等待卖家发货", "2026-03-02 15:00:00",
						"2026-03-02 15:01:00"),
				order("1930679858100003", "买家乙", "0.00", "等待买家付款", "2026-03-02 21:05:00", ""));
		assertApplied(imports.importFile(shop.id(), chat, "chat.txt", null, false));
		assertApplied(imports.importFile(shop.id(), orders, "ExportOrderList202603030900.csv", null, false));
	}

	private static void assertApplied(FileReport report) {
		assertThat(report.applied()).as(report.toString()).isTrue();
	}

	private static Path write(Path file, String text) throws IOException {
		Files.write(file, text.getBytes(GBK));
		return file;
	}

	private static Map<String, String> order(String number, String buyer, String paid, String status, String created,
			String paidAt) {
		return Map.of("订单编号", "=\"" + number + "\"", "买家会员名", buyer, "买家实际支付金额", paid, "总金额",
				paid.equals("0.00") ? "99.00" : paid, "订单状态", status, "订单创建时间", created, "订单付款时间 ", paidAt, "宝贝总数量",
				"1");
	}

	/** A classic 订单报表 with the sample's full header, values placed by header. */
	@SafeVarargs
	private static Path taobaoOrders(Path file, Map<String, String>... orders) throws IOException {
		String header;
		try (InputStream sample = FigureDay.class
			.getResourceAsStream("/ingest/taobao/ExportOrderList201805271900.csv")) {
			header = new String(sample.readAllBytes(), GBK).lines().findFirst().orElseThrow();
		}
		List<String> columns = Arrays.asList(header.split(",", -1));
		StringBuilder csv = new StringBuilder(header).append("\r\n");
		for (Map<String, String> order : orders) {
			String[] cells = new String[columns.size()];
			Arrays.fill(cells, "");
			order.forEach((column, value) -> {
				int index = columns.indexOf(column);
				assertThat(index).as(column).isNotNegative();
				cells[index] = value;
			});
			csv.append(String.join(",", cells)).append("\r\n");
		}
		return write(file, csv.toString());
	}

}
