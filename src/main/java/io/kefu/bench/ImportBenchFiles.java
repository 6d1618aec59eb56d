package io.kefu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes large export files of the real shapes for the import benchmark: an order report
 * with the 2016 header (trailing spaces, {@code ="…"} order numbers, GBK) and a Qianniu
 * clipboard chat (GB18030, CRLF) where buyers and sub-accounts take turns.
 */
final class ImportBenchFiles {

	private static final Charset GBK = Charset.forName("GBK");

	private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final DateTimeFormatter CHAT_TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss");

	private static final String[] STATUSES = { "交易成功", "等待买家付款", "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易关闭" };

	private static final String[] QUESTIONS = { "这款台灯有货吗", "什么时候发货", "能便宜点吗", "发什么快递", "充一次电能用多久", "护眼吗，孩子写作业用", "[图片]",
			"https://detail.tmall.com/item.htm?id=6501" };

	private static final String[] ANSWERS = { "亲，有现货的哦，今天16点前付款当天发货", "亲，默认发圆通，需要顺丰可以补差价哦", "亲，我们是品牌直营，价格是统一的呢，现在下单送灯罩",
			"亲，这款无极调光，护眼无频闪，国AA级照度" };

	private ImportBenchFiles() {
	}

	static Path orderReport(Path dir, int rows, long seed) throws IOException {
		Path file = dir.resolve("ExportOrderList" + rows + ".csv");
		SplittableRandom random = new SplittableRandom(seed);
		LocalDateTime start = LocalDateTime.of(2026, 10, 1, 0, 0);
		try (BufferedWriter out = Files.newBufferedWriter(file, GBK)) {
			out.write("订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,"
					+ "订单状态,买家留言,收货人姓名,收货地址 ,运送方式,联系电话 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类 ,"
					+ "物流单号 ,物流公司,订单备注,宝贝总数量\r\n");
			for (int i = 0; i < rows; i++) {
				LocalDateTime created = start.plusSeconds(i * 2L + random.nextInt(2));
				String status = STATUSES[random.nextInt(STATUSES.length)];
				boolean paid = !status.equals("等待买家付款") && (!status.equals("交易关闭") || random.nextBoolean());
				int price = 59 + random.nextInt(800);
				out.write("=\"" + (4000000000000000000L + i) + "\",tb" + (10_000_000 + random.nextInt(400_000)) + ",**,"
						+ price + ".00,0.00,0," + price + ".00,0,"
						+ (paid ? price - random.nextInt(20) + ".00" : "0.00") + ",0," + status
						+ ",,张**,浙江省 杭州市 西湖区 ****,快递,,'138****" + (1000 + random.nextInt(9000)) + ","
						+ created.format(ORDER_TIME) + "," + (paid ? created.plusMinutes(3).format(ORDER_TIME) : "")
						+ ",视谱 护眼台灯,1,,圆通," + (random.nextInt(20) == 0 ? "小美 客户要求发顺丰 已补差价" : "") + ",1\r\n");
			}
		}
		return file;
	}

	static Path qianniuChat(Path dir, int messages, long seed) throws IOException {
		Path file = dir.resolve("qianniu-" + messages + ".txt");
		SplittableRandom random = new SplittableRandom(seed);
		LocalDateTime at = LocalDateTime.of(2026, 10, 1, 9, 0);
		try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("GB18030"))) {
			int written = 0;
			while (written < messages) {
				String buyer = "tb" + (20_000_000 + random.nextInt(200_000));
				String agent = "视谱台灯旗舰店:" + (random.nextBoolean() ? "小美" : "小雨");
				int turns = 2 + random.nextInt(10);
				for (int turn = 0; turn < turns && written < messages; turn++, written++) {
					at = at.plusSeconds(5 + random.nextInt(60));
					boolean buyerSpeaks = turn % 2 == 0;
					String sender = buyerSpeaks ? buyer : agent + " --> " + buyer;
					String text = buyerSpeaks ? QUESTIONS[random.nextInt(QUESTIONS.length)]
							: ANSWERS[random.nextInt(ANSWERS.length)];
					out.write(sender + " " + at.format(CHAT_TIME) + "\r\n" + text + "\r\n");
				}
			}
		}
		return file;
	}

}
