package io.kefu.reception;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working day's order chores in Debian's Chromium: the agent opens a conversation, sees
 * the buyer's order with the receiver masked, writes an address change in the house form
 * from the order card in one step and files an invoice request; the order clerk carries
 * out the first and refuses the second with a reason; the agent sees both outcomes beside
 * the chat without reloading. With {@code -Dkefu.screenshots=DIR} it leaves screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class OrdersBesideTheChatBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Orders orders;

	@Autowired
	Buyers buyers;

	final List<WorkbenchPageObject> browsers = new ArrayList<>();

	@AfterEach
	void closeBrowsers() {
		browsers.forEach(WorkbenchPageObject::close);
	}

	@Test
	void theAgentRemarksAndFilesARequestAndSeesTheClerksOutcomeBesideTheChat() {
		ChatScene scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide dandan = scene.person("丹丹", Role.ORDER_CLERK);
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide lin = scene.buyer("林小姐");
		Order order = paidOrder(scene, lin, "TB6001");
		lin.sent("c1", "地址写错了,能改成滨江区江南大道1号吗?还要开发票");
		WorkbenchPageObject agent = signedIn(scene, mei);
		agent.openWorkbench(scene.shopId);
		agent.openConversation("MINE", lin.nick());

		WebElement card = orderCard(agent, order);
		assertThat(card.getText()).contains("TB6001", "白色 充电款", "林**", "138****5678", "浙江省杭州市西湖区****")
			.doesNotContain("林小姐", "文三路");
		card.findElement(By.className("wb-order-remark")).click();
		WebElement form = agent.driver().findElement(By.id("wb-remark"));
		assertThat(new Select(form.findElement(By.name("orderId"))).getFirstSelectedOption().getText())
			.startsWith("TB6001");
		new Select(form.findElement(By.name("kind"))).selectByValue("ADDRESS");
		form.findElement(By.name("request")).sendKeys("滨江区江南大道1号");
		String today = LocalDate.now(scene.shop.timeZone()).format(DateTimeFormatter.ofPattern("yyyy.M.d"));
		String addressChange = "小美 客户要求修改地址,新地址为:滨江区江南大道1号 " + today;
		assertThat(agent.driver().findElement(By.id("wb-remark-preview-text")).getText()).isEqualTo(addressChange);
		assertThat(agent.driver().findElement(By.id("wb-remark-preview-flag")).getText()).isEqualTo("红旗");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		awaitSaved(agent, addressChange);
		new Select(form.findElement(By.name("kind"))).selectByValue("INVOICE");
		form.findElement(By.name("request")).sendKeys("杭州某某公司");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		awaitSaved(agent, "小美 客户要求开发票,抬头:杭州某某公司 " + today);
		agent.openSide("buyer");
		agent.waitUpTo(10)
			.until(driver -> orderCard(agent, order).findElements(By.cssSelector(".wb-request")).size() == 2);
		agent.screenshot("orders-requests-open");

		WorkbenchPageObject clerk = signedIn(scene, dandan);
		clerk.open("/shops/" + scene.shopId + "/remark-tasks");
		WebElement addressRow = clerkRow(clerk, addressChange);
		addressRow.findElement(By.tagName("button")).click();
		clerk.waitUpTo(10)
			.until(driver -> clerkRow(clerk, addressChange).getAttribute("class").contains("remark-done"));
		WebElement invoiceRow = clerkRow(clerk, "杭州某某公司");
		invoiceRow.findElement(By.name("reason")).sendKeys("抬头缺税号,请买家补上");
		invoiceRow.findElement(By.cssSelector(".remark-refuse button")).click();
		clerk.waitUpTo(10).until(driver -> clerkRow(clerk, "杭州某某公司").getAttribute("class").contains("remark-refused"));
		assertThat(clerkRow(clerk, "杭州某某公司").getText()).contains("丹丹 于", "拒绝", "抬头缺税号,请买家补上");
		clerk.screenshot("orders-clerk-list");

		agent.waitUpTo(35)
			.until(driver -> orderCard(agent, order).findElements(By.cssSelector(".wb-request-REFUSED")).size() == 1);
		WebElement done = orderCard(agent, order).findElement(By.cssSelector(".wb-request-DONE"));
		assertThat(done.getText()).contains("改地址", "已处理", "丹丹");
		assertThat(orderCard(agent, order).findElement(By.cssSelector(".wb-request-REFUSED")).getText()).contains("发票",
				"已拒绝", "抬头缺税号,请买家补上");
		agent.screenshot("orders-requests-outcome");
	}

	@Test
	void theAgentFindsTheMarketplaceOrderByPhoneDigitsAndLinksItToTheChatBuyer() {
		ChatScene scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide lin = scene.buyer("林小姐");
		long marketplaceNick = buyers
			.recognise(ShopId.of(scene.shopId), "tb_lin_link", Instant.now().minusSeconds(7200))
			.id()
			.value();
		Order imported = paidOrder(scene, marketplaceNick, "TB6101");
		lin.sent("c1", "我手机尾号5678,订单怎么还没发货");
		WorkbenchPageObject agent = signedIn(scene, mei);
		agent.openWorkbench(scene.shopId);
		agent.openConversation("MINE", lin.nick());

		WebElement lookup = agent.waitUpTo(10).until(driver -> driver.findElement(By.id("wb-order-lookup")));
		lookup.findElement(By.name("q")).sendKeys("5678");
		lookup.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement found = agent.waitUpTo(10)
			.until(driver -> driver
				.findElement(By.cssSelector("#wb-order-found [data-order-id='" + imported.id() + "'] .wb-link")));
		found.click();

		assertThat(orderCard(agent, imported).getText()).contains("TB6101", "138****5678");
	}

	private static void awaitSaved(WorkbenchPageObject agent, String text) {
		agent.waitUpTo(10).until(driver -> {
			WebElement box = driver.findElement(By.id("wb-remark-saved"));
			return box.isDisplayed() && driver.findElement(By.id("wb-remark-saved-text")).getText().equals(text);
		});
	}

	private static WebElement orderCard(WorkbenchPageObject agent, Order order) {
		return agent.waitUpTo(10)
			.until(driver -> driver.findElement(By.cssSelector("#wb-orders [data-order-id='" + order.id() + "']")));
	}

	private static WebElement clerkRow(WorkbenchPageObject clerk, String text) {
		return clerk.driver()
			.findElements(By.cssSelector(".remark-table tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the clerk's list has no remark " + text));
	}

	private WorkbenchPageObject signedIn(ChatScene scene, ChatScene.AgentSide person) {
		WorkbenchPageObject browser = WorkbenchPageObject.agentBrowser(port);
		browsers.add(browser);
		browser.signIn(staff.find(AgentId.of(person.id())).orElseThrow().username());
		return browser;
	}

	private Order paidOrder(ChatScene scene, ChatScene.BuyerSide buyer, String orderNo) {
		return paidOrder(scene, buyer.buyerId(), orderNo);
	}

	private Order paidOrder(ChatScene scene, long buyerId, String orderNo) {
		Instant created = Instant.now().minusSeconds(1800);
		orders.addAll(List.of(Order
			.place(ShopId.of(scene.shopId), OrderNo.of(orderNo), BuyerId.of(buyerId), created,
					List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 1, new BigDecimal("199.00"))),
					BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))
			.pay(created.plusSeconds(60), new BigDecimal("199.00"))));
		return orders.findByNo(ShopId.of(scene.shopId), OrderNo.of(orderNo)).orElseThrow();
	}

}
