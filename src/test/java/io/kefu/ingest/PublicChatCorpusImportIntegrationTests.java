package io.kefu.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.kefu.customer.Buyers;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real customer-service chats from the public JDDC corpus, read from {@code ../shared} at
 * test time (never copied into the repository), written out as a Qianniu clipboard copy
 * (layout B, GB18030, CRLF) and imported.
 */
@SpringBootTest
class PublicChatCorpusImportIntegrationTests {

	private static final Path CORPUS = Path.of("..", "shared", "data", "external", "jddc2019_sample",
			"chat_0.1per.txt");

	private static final String AGENT = "京东自营旗舰店:小京";

	private static final DateTimeFormatter CLIPBOARD_TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss");

	@TempDir
	static Path dir;

	static Path clipboard;

	static int messages;

	static int fromBuyers;

	static Set<String> buyerIds = new HashSet<>();

	@Autowired
	Imports imports;

	@Autowired
	Shops shops;

	@Autowired
	Buyers buyers;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void renderTheCorpusAsAQianniuClipboard() throws IOException {
		assumeTrue(Files.isReadable(CORPUS), "the JDDC sample is read from ../shared/data/external");
		clipboard = dir.resolve("jddc-qianniu.txt");
		List<String> rows = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
		LocalDateTime at = LocalDateTime.of(2019, 3, 5, 9, 0);
		String session = "";
		try (BufferedWriter out = Files.newBufferedWriter(clipboard, Charset.forName("GB18030"))) {
			for (String row : rows) {
				String[] fields = row.split("\t", 7);
				at = fields[0].equals(session) ? at.plusSeconds(20) : at.plusMinutes(5);
				session = fields[0];
				boolean fromShop = fields[2].equals("1");
				// the shop's lines name their receiver, as Qianniu does when viewing
				// another account's chats
				String sender = fromShop ? AGENT + " --> " + fields[1] : fields[1];
				out.write(sender + " " + at.format(CLIPBOARD_TIME) + "\r\n" + fields[6].strip() + "\r\n");
				messages++;
				fromBuyers += fromShop ? 0 : 1;
				buyerIds.add(fields[1]);
			}
		}
	}

	@Test
	void importsEveryRealMessageOnceWithItsSides() {
		long shopId = shops.open(NewShop.of("京东自营旗舰店", Platform.JD)).id().value();

		FileReport first = imports.importFile(ShopId.of(shopId), clipboard, "jddc-qianniu.txt", null, false);
		FileReport again = imports.importFile(ShopId.of(shopId), clipboard, "jddc-qianniu.txt", null, false);

		assertThat(first.errors()).isEmpty();
		assertThat(first.kind()).isEqualTo(ImportKind.CHAT_QIANNIU);
		assertThat(first.read()).isEqualTo(messages);
		assertThat(first.inserted()).isEqualTo(messages);
		assertThat(again.inserted()).isZero();
		assertThat(again.unchanged()).isEqualTo(messages);
		assertThat(buyers.countInShop(ShopId.of(shopId))).isEqualTo(buyerIds.size());
		assertThat(staff.findByNickname(ShopId.of(shopId), "小京")).isPresent();
		assertThat(count(shopId, "direction = 'IN'")).isEqualTo(fromBuyers);
		assertThat(count(shopId, "kind = 'CARD'")).isPositive();
	}

	private long count(long shopId, String condition) {
		return jdbc.sql("select count(*) from message where shop_id = ? and " + condition)
			.param(shopId)
			.query(Long.class)
			.single();
	}

}
