package io.kefu.quality;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.ingest.FileReport;
import io.kefu.ingest.Imports;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop with a supervisor and two agents and one imported day of Qianniu chats: 小美's
 * reception of 买家甲 breaks five rules (score 57), 小杰's of 买家乙 none; the review tests start
 * from its stored inspections.
 */
public final class ReviewedReception {

	public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	public final Shop shop;

	public final String boss;

	public final Agent mei;

	public final Agent jie;

	private ReviewedReception(Shop shop, String boss, Agent mei, Agent jie) {
		this.shop = shop;
		this.boss = boss;
		this.mei = mei;
		this.jie = jie;
	}

	public static ReviewedReception importInto(Shops shops, Products products, Staff staff, Imports imports,
			Inspections inspections, Path files, String name) throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		Shop shop = fixture.shop(name + suffix);
		String boss = "rboss" + suffix;
		fixture.account(shop, boss, Role.SUPERVISOR);
		Agent mei = fixture.account(shop, "rmei" + suffix, Role.PRE_SALES);
		Agent jie = fixture.account(shop, "rjie" + suffix, Role.PRE_SALES);
		String meiAccount = shop.name() + ":" + mei.username();
		String jieAccount = shop.name() + ":" + jie.username();
		Path chat = files.resolve("chat.txt");
		Files.write(chat, String
			.join("\r\n", "买家甲 2026-3-2 10:00:00", "在吗", meiAccount + " 2026-3-2 10:00:30", "在",
					"买家甲 2026-3-2 10:01:00", "有白色吗", meiAccount + " 2026-3-2 10:05:00", "有的，加我微信发你图", "",
					"买家乙 2026-3-2 21:00:00", "能便宜点吗", jieAccount + " 2026-3-2 21:00:30", "亲，您好，我们的价格是统一的，感谢您的理解", "")
			.getBytes(Charset.forName("GBK")));
		FileReport report = imports.importFile(shop.id(), chat, "chat.txt", null, false);
		assertThat(report.applied()).as(report.toString()).isTrue();
		ReviewedReception reception = new ReviewedReception(shop, boss, mei, jie);
		reception.awaitInspections(inspections, 2);
		return reception;
	}

	public long shopId() {
		return shop.id().value();
	}

	public StoredInspection of(Inspections inspections, Agent agent) {
		return inspections.between(ShopId.of(shopId()), DAY, DAY, agent.id()).get(0);
	}

	/** The API path of an agent's reception of the day. */
	public String path(Inspections inspections, Agent agent) {
		ReceptionKey key = of(inspections, agent).reception();
		return "/api/v1/shops/" + shopId() + "/inspections/" + DAY + "/" + key.agentId() + "/" + key.buyerId();
	}

	private void awaitInspections(Inspections inspections, int count) {
		List<StoredInspection> stored = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> inspections.between(ShopId.of(shopId()), DAY, DAY, null), found -> found.size() >= count);
		assertThat(stored).hasSize(count);
	}

}
