package io.kefu.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.kefu.access.Role;
import io.kefu.customer.Buyers;
import io.kefu.order.Orders;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
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
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files no real export is, imported as a user would: each ends with a clear reason,
 * nothing of it is applied, nothing already stored is touched, and the server goes on
 * serving.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadFileIntegrationTests {

	private static final Charset GBK = Charset.forName("GBK");

	@Autowired
	ImportJobs jobs;

	@Autowired
	Imports imports;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	Orders orders;

	@Autowired
	MessageSource texts;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path dir;

	Shop shop;

	String boss;

	AgentId bossId;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("坏文件店" + suffix);
		boss = "boss" + suffix;
		bossId = fixture.account(shop, boss, Role.SUPERVISOR).id();
	}

	/**
	 * The sheet's XML is two gigabytes of one order row repeated, zipped some two hundred
	 * times smaller, to ten megabytes. The job refuses the file at once, applies nothing
	 * and ends; the API still answers. (The heap it took is measured by hand, see
	 * docs/imports.md.)
	 */
	@Test
	void aZipBombIsRefusedWithItsReasonAndTheServerGoesOn() throws Exception {
		Path bomb = zipBomb(dir.resolve("订单导出.xlsx"), 2L << 30);
		long buyersBefore = buyers.countInShop(shop.id());

		ImportJob job = awaitEnd(
				jobs.submit(shop.id(), bossId, List.of(new ImportJobs.Upload("订单导出.xlsx", bomb)), null, false));

		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		FileReport report = job.files().get(0).report();
		assertThat(report.applied()).isFalse();
		assertThat(report.inserted()).isZero();
		assertThat(english(report.errors().get(0)))
			.startsWith("订单导出.xlsx: the workbook’s part xl/worksheets/sheet1.xml would inflate ")
			.contains("(a zip bomb?)");
		assertThat(buyers.countInShop(shop.id())).isEqualTo(buyersBefore);
		mvc.perform(get("/api/v1/imports/" + job.id()).with(httpBasic(boss, ShopFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[0].report.applied").value(false));
	}

	@Test
	void aReportListsAThousandLineErrorsAndCountsTheRest() throws Exception {
		StringBuilder csv = new StringBuilder(header()).append("\r\n");
		for (int i = 0; i < 1500; i++) {
			csv.append(orderRow("=\"19306798581" + String.format("%05d", i) + "\"", "昨天下午")).append("\r\n");
		}
		Path file = Files.write(dir.resolve("ExportOrderList202603050900.csv"), csv.toString().getBytes(GBK));

		ImportJob job = awaitEnd(jobs.submit(shop.id(), bossId,
				List.of(new ImportJobs.Upload("ExportOrderList202603050900.csv", file)), null, false));

		FileReport report = job.files().get(0).report();
		assertThat(report.rejected()).isEqualTo(1500);
		assertThat(report.errors()).hasSize(1001);
		assertThat(report.errorCount()).isEqualTo(1500);
		assertThat(english(report.errors().get(1000)))
			.isEqualTo("ExportOrderList202603050900.csv: … and 500 more rejected lines");
		mvc.perform(get("/api/v1/imports/" + job.id()).with(httpBasic(boss, ShopFixture.PASSWORD)))
			.andExpect(jsonPath("$.files[0].report.errorCount").value(1500))
			.andExpect(jsonPath("$.files[0].report.errors.length()").value(1001));
		mvc.perform(get("/api/v1/imports/" + job.id() + "/errors").header("Accept-Language", "en")
			.with(httpBasic(boss, ShopFixture.PASSWORD)))
			.andExpect(content().string(containsString("… and 500 more rejected lines")));
	}

	@Test
	void aControlCharacterInACellRejectsItsLineAndNothingOfTheFileIsStored() throws Exception {
		Path file = Files.write(dir.resolve("ExportOrderList202603050901.csv"),
				(header() + "\r\n" + orderRow("=\"1930679858100001\"", "2026-03-05 10:00:00") + "\r\n"
						+ orderRow("=\"1930679858100002\"", "2026-03-05 10:00:00").replace("tb-buyer", "tb\u0000buyer")
						+ "\r\n")
					.getBytes(GBK));

		FileReport report = imports.importFile(shop.id(), file, file.getFileName().toString(), null, false);

		assertThat(report.applied()).isFalse();
		assertThat(report.errors()).extracting(this::english)
			.containsExactly("ExportOrderList202603050901.csv:3: 买家会员名: holds the control character U+0000, "
					+ "which no text has; remove it and import the file again");
		assertThat(orders.withNumbers(shop.id(), List.of(io.kefu.order.OrderNo.of("1930679858100001")))).isEmpty();
	}

	@Test
	void aChatMessageLongerThanLiveChatAllowsIsALineErrorInEveryLayout() throws Exception {
		String agent = shop.name() + ":小美";
		String tooLong = "好".repeat(2001);
		Path qianniu = Files.write(dir.resolve("qianniu.txt"),
				String
					.join("\r\n", "tb1 2026-3-5 10:00:00", "在吗", agent + " 2026-3-5 10:00:30", tooLong,
							"tb1 2026-3-5 10:01:00", "好的", "")
					.getBytes(GBK));
		Path web = Files.writeString(dir.resolve("web.txt"),
				String.join("\n", "2026-03-05", "10:00:00", "在\u0001吗", "tb2", "10:00:30", "亲，在的", agent, ""));
		Path csv = Files.writeString(dir.resolve("chat.csv"), "\uFEFF会话ID,日期,时间,对象,发话者,消息\r\n"
				+ "s1,2026-03-05,10:00:00,客户,tb3,在吗\r\ns1,2026-03-05,10:00:30,客服," + agent + "," + tooLong + "\r\n");

		assertThat(imports.importFile(shop.id(), qianniu, "qianniu.txt", null, false).errors())
			.extracting(this::english)
			.containsExactly("qianniu.txt:3: 消息: is longer than 2,000 characters, the most a chat message may have");
		assertThat(imports.importFile(shop.id(), web, "web.txt", null, false).errors()).extracting(this::english)
			.containsExactly("web.txt:2: 消息: holds the control character U+0001, which no text has; "
					+ "remove it and import the file again");
		assertThat(imports.importFile(shop.id(), csv, "chat.csv", null, false).errors()).extracting(this::english)
			.containsExactly("chat.csv:3: 消息: is longer than 2,000 characters, the most a chat message may have");
		FileReport skipping = imports.importFile(shop.id(), qianniu, "qianniu.txt", null, true);
		assertThat(skipping.applied()).isTrue();
		assertThat(skipping.inserted()).isEqualTo(2);
	}

	private String english(ImportError error) {
		return error.render(texts, Locale.ENGLISH);
	}

	private static String header() {
		return "订单编号,买家会员名,买家实际支付金额,总金额,订单状态,订单创建时间,订单付款时间 ,宝贝总数量";
	}

	private static String orderRow(String orderNo, String created) {
		return orderNo + ",tb-buyer,99.00,99.00,交易成功," + created + ",,1";
	}

	private ImportJob awaitEnd(ImportJob submitted) {
		return await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jobs.find(submitted.id()).orElseThrow(), job -> job.finishedAt() != null);
	}

	/**
	 * A workbook whose only sheet is the header of a Taobao order report and then the
	 * same order row again and again until the sheet's XML is {@code bytes} long.
	 */
	static Path zipBomb(Path file, long bytes) throws IOException {
		String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		try (ZipOutputStream zip = new ZipOutputStream(
				new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			part(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
							</Types>""");
			part(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
							</Relationships>""");
			part(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="订单" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(main));
			part(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			OutputStream sheet = zip;
			sheet.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>"
					+ inlineRow(1, header().split(",")))
				.getBytes(StandardCharsets.UTF_8));
			byte[] rows = inlineRow(2, orderRow("1930679858112345", "2026-03-05 10:00:00").split(",")).repeat(1000)
				.getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < bytes; written += rows.length) {
				sheet.write(rows);
			}
			sheet.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	private static String inlineRow(long r, String[] cells) {
		StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
		for (String cell : cells) {
			row.append("<c t=\"inlineStr\"><is><t>").append(cell).append("</t></is></c>");
		}
		return row.append("</row>").toString();
	}

	private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
