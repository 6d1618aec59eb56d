package io.kefu.reception;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.demo.DemoShop;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's working day in the demo shop, page after page in Debian's Chromium at 1366
 * × 768, as the people of PRODUCT.md spend it. Every page visited must fit the screen (no
 * sideways scroll) and leave no error in the console; the screenshots land in
 * {@code target/screenshots/} for the README's gallery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kefu.demo.enabled=true", "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingDayBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Orders orders;

	Shop shop;

	@BeforeAll
	void findTheDemoShop() {
		shop = shops.findByName(DemoShop.NAME).orElseThrow();
	}

	@Test
	void anAgentReceivesABuyerVerifiesTheOrderFilesAChangeTheClerkDoesItAndTheAgentCloses() {
		Buyer buyer = buyerWithAPaidOrder("日常走查买家", "WD20261208001");
		try (PageWalk mei = PageWalk.signedIn(port, "xiaomei", DemoShop.PASSWORD)) {
			mei.visit(shopPath("/today"), "today");
			WorkbenchPageObject desk = WorkbenchPageObject.on(mei.chromium(), port);
			desk.openWorkbench(shop.id().value());
			desk.choosePresence(Presence.ONLINE);
			buyer.says("在吗，我刚拍的台灯能改成黑色吗");
			desk.openConversation("MINE", buyer.nick());
			WebElement card = orderCard(desk, buyer);
			assertThat(card.getText()).contains("WD20261208001", "视谱 护眼台灯 A1", "白色 充电款", "138****5678")
				.doesNotContain("文三路");
			mei.look("workbench-orders");

			desk.openSide("flow");
			mei.driver().findElement(By.id("wb-verify-send")).click();
			desk.waitUpTo(10).until(driver -> desk.transcript().stream().anyMatch(line -> line.contains("请您核实一下是否正确")));
			mei.look("workbench-verify");

			desk.openSide("buyer");
			orderCard(desk, buyer).findElement(By.className("wb-order-remark")).click();
			WebElement form = mei.driver().findElement(By.id("wb-remark"));
			new Select(form.findElement(By.name("kind"))).selectByValue("ATTRIBUTE");
			form.findElement(By.name("request")).sendKeys("黑色 充电款");
			form.findElement(By.cssSelector("button[type=submit]")).click();
			desk.waitUpTo(10).until(driver -> driver.findElement(By.id("wb-remark-saved")).isDisplayed());
			String change = mei.driver().findElement(By.id("wb-remark-saved-text")).getText();
			assertThat(change).startsWith("小美 ").contains("黑色 充电款");
			mei.look("workbench-change-request");

			try (PageWalk dandan = PageWalk.signedIn(port, "dandan", DemoShop.PASSWORD)) {
				dandan.visit(shopPath("/remark-tasks"), "remark-tasks");
				clerkRow(dandan, change).findElement(By.tagName("button")).click();
				dandan.chromium()
					.awaitUpTo(Duration.ofSeconds(10))
					.until(driver -> clerkRow(dandan, change).getAttribute("class").contains("remark-done"));
				dandan.look("remark-tasks-done");
				dandan.walkTheNavigation();
				assertThat(dandan.problems()).isEmpty();
			}

			desk.openSide("buyer");
			desk.waitUpTo(35)
				.until(driver -> orderCard(desk, buyer).findElements(By.cssSelector(".wb-request-DONE")).size() == 1);
			assertThat(orderCard(desk, buyer).findElement(By.cssSelector(".wb-request-DONE")).getText()).contains("已处理",
					"丹丹");
			mei.look("workbench-request-done");

			desk.reply("亲，已经给您改成黑色啦，今天就能发出");
			desk.awaitTranscriptLine("亲，已经给您改成黑色啦，今天就能发出");
			mei.driver().findElement(By.id("wb-close")).click();
			desk.waitUpTo(10).until(driver -> driver.findElement(By.id("wb-read-only")).getText().equals("会话已结束"));
			mei.look("workbench-closed");
			desk.choosePresence(Presence.AWAY);
			mei.walkTheNavigation();
			assertThat(mei.problems()).isEmpty();
		}
	}

	@Test
	void theSupervisorWatchesTheFloorReadsTheFiguresAndSetsTheRules() {
		buyerWithAPaidOrder("排队的买家", "WD20261208002").says("有人吗？我下单了想改地址");
		try (PageWalk zhuguan = PageWalk.signedIn(port, "zhuguan", DemoShop.PASSWORD)) {
			zhuguan.visit(shopPath("/live"), "live");
			assertThat(zhuguan.driver().findElement(By.tagName("main")).getText()).contains("排队的买家");
			zhuguan.visit(shopPath("/figures"), "figures");
			zhuguan.visit(shopPath("/quality/rules"), "quality-rules");
			zhuguan.visit(shopPath("/rosters"), "rosters");
			zhuguan.visit(shopPath("/appraisals"), "appraisals");
			zhuguan.walkTheNavigation();
			assertThat(zhuguan.visited()).hasSizeGreaterThan(15);
			assertThat(zhuguan.problems()).isEmpty();
		}
	}

	@Test
	void theTrainerAndTheOwnerFindTheirPages() {
		for (String username : List.of("peixun", "dianzhang", "aning")) {
			try (PageWalk walk = PageWalk.signedIn(port, username, DemoShop.PASSWORD)) {
				walk.walkTheNavigation();
				assertThat(walk.problems()).as(username).isEmpty();
			}
		}
	}

	private String shopPath(String path) {
		return "/shops/" + shop.id().value() + path;
	}

	private static WebElement orderCard(WorkbenchPageObject desk, Buyer buyer) {
		return desk.waitUpTo(10)
			.until(driver -> driver
				.findElement(By.cssSelector("#wb-orders [data-order-id='" + buyer.orderId() + "']")));
	}

	private static WebElement clerkRow(PageWalk clerk, String text) {
		return clerk.driver()
			.findElements(By.cssSelector(".remark-table tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the clerk's list has no remark " + text));
	}

	/**
	 * A buyer on the chat page (over the visitor API) who placed and paid an order a
	 * while ago.
	 */
	private Buyer buyerWithAPaidOrder(String nickname, String orderNo) {
		ApiClient anonymous = ApiClient.anonymous(port);
		ApiClient.Reply started = anonymous.post("/api/v1/shops/" + shop.id().value() + "/visitor-sessions",
				"{\"nickname\": \"" + nickname + "\"}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		JsonNode session = started.json();
		long buyerId = session.get("buyerId").asLong();
		Instant placed = Instant.now().minusSeconds(1800);
		orders.addAll(List.of(Order
			.place(shop.id(), OrderNo.of(orderNo), BuyerId.of(buyerId), placed,
					List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 1, new BigDecimal("199.00"))),
					BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))
			.pay(placed.plusSeconds(60), new BigDecimal("199.00"))));
		long orderId = orders.findByNo(shop.id(), OrderNo.of(orderNo)).orElseThrow().id().value();
		return new Buyer(session.get("nickname").asString(), orderId,
				anonymous.bearer(session.get("token").asString()));
	}

	private record Buyer(String nick, long orderId, ApiClient api) {

		void says(String text) {
			ApiClient.Reply sent = api.post("/api/v1/visitor/messages",
					ChatScene.json(java.util.Map.of("clientId", "wd-" + text.hashCode(), "content", text)));
			assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		}

	}

}
