package io.kefu.reception;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kefu.PageTestData;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shop knowledge in Debian's Chromium: the supervisor adds a promotion on the 店铺知识 page;
 * the agent, serving a buyer who sent a product card, sees the product card with that
 * promotion in the workbench's 商品 tab and reports a picture error; the supervisor finds
 * it on the product-page errors list and marks it fixed. With
 * {@code -Dkefu.screenshots=DIR} it leaves screenshots there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class ShopKnowledgeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Products products;

	ChatScene scene;

	Product lamp;

	final List<WorkbenchPageObject> browsers = new ArrayList<>();

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
		lamp = PageTestData.addDeskLamp(products, scene.shop.id());
	}

	@AfterEach
	void closeBrowsers() {
		browsers.forEach(WorkbenchPageObject::close);
	}

	@Test
	void aPromotionTheSupervisorAddsIsOnTheAgentsProductCardAndAReportedPictureErrorIsMarkedFixed() {
		ChatScene.AgentSide boss = scene.supervisor("王主管");
		ChatScene.AgentSide mei = scene.preSales("小美");
		WorkbenchPageObject supervisor = signedIn(boss);
		LocalDate today = LocalDate.now(Shop.DEFAULT_ZONE);

		supervisor.open("/shops/" + scene.shopId + "/knowledge/promotions");
		supervisor.driver().findElement(By.id("promotion-new")).click();
		WebElement form = supervisor.driver().findElement(By.id("promotion-form"));
		form.findElement(By.name("name")).sendKeys("双12预热");
		type(supervisor, form.findElement(By.name("startDate")), today.toString());
		type(supervisor, form.findElement(By.name("endDate")), today.plusDays(3).toString());
		form.findElement(By.name("rules")).sendKeys("全店满199减20");
		form.findElement(By.name("script")).sendKeys("亲，双12预热中，现在下单立减20元哦");
		form.findElement(By.name("autoReply")).sendKeys("亲，欢迎光临，双12预热全店满199减20！");
		supervisor.screenshot("knowledge-promotion-form");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement listed = supervisor.waitUpTo(10).until(driver -> driver.findElement(By.cssSelector(".promotion")));
		assertThat(listed.getText()).contains("双12预热", "进行中", "亲，欢迎光临，双12预热全店满199减20！");
		supervisor.screenshot("knowledge-promotions");

		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小周");
		buyer.sent("c1", "[商品] " + lamp.title() + " ¥259.00");
		assertThat(buyer.after(0).get("messages")).extracting(m -> m.get("content").asString())
			.contains("亲，欢迎光临，双12预热全店满199减20！");
		WorkbenchPageObject agent = signedIn(mei);
		agent.openWorkbench(scene.shopId);
		agent.openConversation("MINE", buyer.nick());
		agent.openSide("product");
		WebElement card = agent.waitUpTo(15).until(driver -> {
			WebElement shown = driver.findElement(By.id("wb-product-card"));
			return shown.isDisplayed() && driver.findElement(By.id("wb-product-title")).getText().equals(lamp.title())
					? shown : null;
		});
		assertThat(card.findElement(By.id("wb-product-promotions")).getText()).contains("双12预热", "亲，双12预热中，现在下单立减20元哦");
		assertThat(card.findElement(By.id("wb-product-points")).getText()).contains("国AA级照度");
		assertThat(card.findElement(By.id("wb-product-skus")).getText()).contains("白色 充电款", "120");
		agent.screenshot("workbench-product");

		WebElement report = card.findElement(By.id("wb-product-report"));
		new Select(report.findElement(By.name("kind"))).selectByValue("PICTURE");
		report.findElement(By.name("note")).sendKeys("主图是黑色，实物是白色");
		report.findElement(By.cssSelector("button[type=submit]")).click();
		agent.waitUpTo(10)
			.until(driver -> driver.findElement(By.id("wb-product-issues")).getText().contains("主图是黑色，实物是白色"));
		agent.screenshot("workbench-product-reported");

		supervisor.open("/shops/" + scene.shopId + "/product-issues");
		WebElement row = supervisor.driver().findElement(By.cssSelector(".issue-table tbody tr"));
		assertThat(row.getText()).contains(lamp.title(), "图片不符", "主图是黑色，实物是白色", "小美");
		supervisor.screenshot("knowledge-issues");
		row.findElement(By.tagName("button")).click();
		assertThat(supervisor.waitUpTo(10).until(driver -> driver.findElement(By.cssSelector(".alert-info"))).getText())
			.contains(lamp.title());
		assertThat(supervisor.driver().findElements(By.cssSelector(".issue-table tbody tr"))).isEmpty();
	}

	private static void type(WorkbenchPageObject browser, WebElement dateField, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", dateField, isoDate);
	}

	private WorkbenchPageObject signedIn(ChatScene.AgentSide person) {
		WorkbenchPageObject browser = WorkbenchPageObject.agentBrowser(port);
		browsers.add(browser);
		browser.signIn(staff.find(AgentId.of(person.id())).orElseThrow().username());
		return browser;
	}

}
