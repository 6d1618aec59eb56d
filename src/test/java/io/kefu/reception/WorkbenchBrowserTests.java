package io.kefu.reception;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench in Debian's Chromium, with a second browser beside it: the buyer on the
 * chat page (or the colleague, or the order clerk). Greeting, a shortcut code answering
 * the buyer, a red-flagged remark reaching the clerk's list, a transfer with its handover
 * note, a supervisor who reads before taking over, and reloads that lose and double
 * nothing. With {@code -Dkefu.screenshots=DIR} the tests leave screenshots there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kefu.chat.secret=" + LiveChatApiIntegrationTests.SECRET)
class WorkbenchBrowserTests {

	static final String HI_1 = "亲，您好，我是小店客服，很高兴为您服务，请问有什么可以帮您？";

	static final String HI_2 = "您好，在的，有什么可以帮您？";

	static final String STOCK_1 = "亲，这款现货充足，今天下单今天就能发出哦。";

	static final String WELCOME = ChatSettings.DEFAULTS.welcomeText();

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	ScriptLibrary library;

	@Autowired
	Orders orders;

	ChatScene scene;

	final List<WorkbenchPageObject> browsers = new ArrayList<>();

	@BeforeEach
	void openShop() {
		scene = new ChatScene(shops, staff, ApiClient.anonymous(port));
	}

	@AfterEach
	void closeBrowsers() {
		browsers.forEach(WorkbenchPageObject::close);
	}

	@Test
	void theBuyerIsGreetedAndTheAgentAnswersWithShortcutCodesInTurnAndASuggestedReply() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		starterScripts();
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.openWorkbench(scene.shopId);
		agent.choosePresence(Presence.ONLINE);
		WorkbenchPageObject buyer = buyer();
		buyer.openChat(scene.shopId);

		String question = "<b>在吗</b>，这款台灯有货吗";
		buyer.say(question);

		buyer.awaitChatLine(WELCOME);
		String nick = mei.onlyConversation().get("buyerNick").asString();
		// a wait timer ticks beside the buyer who waits
		agent.waitUpTo(10)
			.until(driver -> agent.awaitListItem("MINE", nick).findElements(By.cssSelector(".wb-timer")).size() == 1);
		agent.openConversation("MINE", nick);
		agent.awaitTranscriptLine(question);
		assertThat(agent.driver().findElements(By.cssSelector("#wb-messages b"))).isEmpty();
		WebElement chip = agent.waitUpTo(10)
			.until(driver -> driver.findElements(By.cssSelector("#wb-suggestion-chips .wb-chip"))
				.stream()
				.filter(found -> found.getText().equals("这款有货吗"))
				.findFirst()
				.orElse(null));
		assertThat(agent.driver().findElement(By.id("wb-buyer-tag")).getText()).isEqualTo("新客户");
		agent.screenshot("workbench-question");

		agent.typeReply("/hi ");
		agent.awaitReplyBox(HI_1);
		agent.pressEnter();
		buyer.awaitChatLine(HI_1);
		agent.typeReply("/hi ");
		agent.awaitReplyBox(HI_2);
		agent.pressEnter();
		buyer.awaitChatLine(HI_2);
		chip.click();
		agent.awaitReplyBox(STOCK_1);
		agent.pressEnter();

		buyer.awaitChatLine(STOCK_1);
		assertThat(buyer.chatTexts()).containsExactly(question, WELCOME, HI_1, HI_2, STOCK_1);
		agent.awaitTranscriptLine(STOCK_1);
		assertThat(agent.transcript()).containsExactly(question, WELCOME, HI_1, HI_2, STOCK_1);
		agent.screenshot("workbench-answered");
		buyer.screenshot("workbench-buyer");
	}

	@Test
	void aRemarkWithARedFlagIsWrittenInTheHouseFormAndReachesTheOrderClerksList() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.AgentSide dandan = scene.person("丹丹", Role.ORDER_CLERK);
		ChatScene.BuyerSide lin = scene.buyer("林小姐");
		Order order = orderOf(lin, "TB5001");
		lin.sent("c1", "我要白色那款，能发顺丰吗");
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.openWorkbench(scene.shopId);
		agent.openConversation("MINE", lin.nick());

		WebElement orderCard = agent.waitUpTo(10)
			.until(driver -> driver.findElement(By.cssSelector("#wb-orders [data-order-id='" + order.id() + "']")));
		assertThat(orderCard.getText()).contains("TB5001", "视谱 护眼台灯 A1", "白色 充电款", "138****5678");
		assertThat(agent.driver().findElement(By.id("wb-buyer-tag")).getText()).isEqualTo("回头客");
		agent.openSide("remark");
		WebElement form = agent.driver().findElement(By.id("wb-remark"));
		assertThat(new Select(form.findElement(By.name("orderId"))).getFirstSelectedOption().getText())
			.startsWith("TB5001");
		assertThat(form.findElement(By.cssSelector("input[name=flag][value=RED]")).isSelected()).isTrue();
		form.findElement(By.name("request")).sendKeys("客户要求发顺丰,已补差价12元");
		form.findElement(By.cssSelector("button[type=submit]")).click();

		String today = LocalDate.now(scene.shop.timeZone()).format(DateTimeFormatter.ofPattern("yyyy.M.d"));
		String houseForm = "小美 客户要求发顺丰,已补差价12元 " + today;
		WebElement saved = agent.waitUpTo(10).until(driver -> {
			WebElement box = driver.findElement(By.id("wb-remark-saved"));
			return box.isDisplayed() ? box : null;
		});
		assertThat(saved.findElement(By.id("wb-remark-saved-text")).getText()).isEqualTo(houseForm);
		assertThat(saved.findElement(By.id("wb-remark-saved-flag")).getText()).isEqualTo("红旗");
		agent.screenshot("workbench-remark");
		agent.openSide("buyer");
		agent.waitUpTo(10)
			.until(driver -> driver.findElement(By.cssSelector("#wb-orders [data-order-id='" + order.id() + "']"))
				.getText()
				.contains(houseForm));

		WebElement clerksRow = clerkReads(dandan, houseForm);
		assertThat(clerksRow.findElement(By.className("flag")).getText()).isEqualTo("红旗");
		assertThat(clerksRow.getText()).contains("TB5001", lin.nick());
	}

	@Test
	void aTransferWithAHandoverNoteReachesTheColleagueWhoReadsItAndCarriesOn() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide yu = scene.preSales("小雨");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide wang = scene.buyer("王先生");
		wang.sent("c1", "台灯能开发票吗");
		yu.presence(Presence.ONLINE);
		WorkbenchPageObject meiDesk = agentSignedIn(mei);
		meiDesk.openWorkbench(scene.shopId);
		meiDesk.openConversation("MINE", wang.nick());
		meiDesk.reply("亲，可以开的，您把抬头发我");
		meiDesk.awaitTranscriptLine("亲，可以开的，您把抬头发我");
		WorkbenchPageObject yuDesk = agentSignedIn(yu);
		yuDesk.openWorkbench(scene.shopId);

		String note = "买家要开发票，抬头还没给；已答应发顺丰";
		meiDesk.driver().findElement(By.id("wb-transfer")).click();
		WebElement dialog = meiDesk.waitUpTo(10).until(driver -> {
			WebElement found = driver.findElement(By.id("wb-transfer-dialog"));
			return found.isDisplayed() ? found : null;
		});
		new Select(dialog.findElement(By.name("toAgentId"))).selectByValue(String.valueOf(yu.id()));
		dialog.findElement(By.name("note")).sendKeys(note);
		meiDesk.screenshot("workbench-transfer");
		dialog.findElement(By.cssSelector("button[type=submit]")).click();

		meiDesk.waitUpTo(10).until(driver -> !driver.findElement(By.id("wb-composer")).isDisplayed());
		assertThat(meiDesk.driver().findElement(By.id("wb-read-only")).getText()).isEqualTo("会话现在由 小雨 接待，小雨 会回复买家");
		yuDesk.openConversation("MINE", wang.nick());
		WebElement handover = yuDesk.waitUpTo(10)
			.until(driver -> driver.findElement(By.cssSelector("#wb-handover-list li")));
		assertThat(handover.getText()).isEqualTo("小美 转给 小雨：" + note);
		yuDesk.awaitTranscriptLine("亲，可以开的，您把抬头发我");
		yuDesk.screenshot("workbench-handover");
		yuDesk.reply("您好，我是小雨，接着为您开发票");

		yuDesk.awaitTranscriptLine("您好，我是小雨，接着为您开发票");
		assertThat(wang.after(0).get("messages")).extracting(m -> m.get("content").asString())
			.contains("亲，可以开的，您把抬头发我", "您好，我是小雨，接着为您开发票");
	}

	@Test
	void aBuyerWhoReloadsTheChatSeesEveryMessageExactlyOnceAndSoDoesTheAgent() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		WorkbenchPageObject buyer = buyer();
		buyer.openChat(scene.shopId);
		buyer.say("在吗");
		buyer.awaitChatLine(WELCOME);
		String nick = mei.onlyConversation().get("buyerNick").asString();
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.openWorkbench(scene.shopId);
		agent.openConversation("MINE", nick);
		agent.reply("在的亲");
		buyer.awaitChatLine("在的亲");

		// the buyer leaves the page; the agent goes on writing
		buyer.driver().get("about:blank");
		agent.reply("这款有白色和黑色两种");
		agent.reply("今天下单明天发货");
		agent.awaitTranscriptLine("今天下单明天发货");
		buyer.openChat(scene.shopId);

		buyer.awaitChatLine("今天下单明天发货");
		assertThat(buyer.chatTexts()).containsExactly("在吗", WELCOME, "在的亲", "这款有白色和黑色两种", "今天下单明天发货");
		buyer.say("好的，我要白色");
		agent.awaitTranscriptLine("好的，我要白色");
		agent.driver().navigate().refresh();
		agent.awaitLive();
		agent.awaitTranscriptLine("好的，我要白色");
		assertThat(agent.transcript()).containsExactly("在吗", WELCOME, "在的亲", "这款有白色和黑色两种", "今天下单明天发货", "好的，我要白色");
		assertThat(buyer.chatTexts()).containsExactly("在吗", WELCOME, "在的亲", "这款有白色和黑色两种", "今天下单明天发货", "好的，我要白色");

		agent.driver().findElement(By.id("wb-close")).click();
		agent.waitUpTo(10).until(driver -> driver.findElement(By.id("wb-read-only")).getText().equals("会话已结束"));
		agent.showList("CLOSED_TODAY");
		agent.awaitListItem("CLOSED_TODAY", nick);
		buyer.waitUpTo(10)
			.until(driver -> driver.findElement(By.id("chat-status")).getText().equals("会话已结束，发送消息即可再次咨询"));
	}

	@Test
	void anAgentWhoTriesTheBuyersPageInTheSameBrowserStaysSignedIn() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.openWorkbench(scene.shopId);
		agent.choosePresence(Presence.ONLINE);

		agent.openChat(scene.shopId);
		agent.say("试一下买家页面");
		agent.awaitChatLine(WELCOME);
		agent.openWorkbench(scene.shopId);

		String nick = mei.onlyConversation().get("buyerNick").asString();
		agent.openConversation("MINE", nick);
		agent.reply("收到");
		agent.awaitTranscriptLine("收到");
	}

	@Test
	void whereWebSocketIsBlockedTheWorkbenchPollsAndRepliesOverHttp() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小郑");
		buyer.sent("c1", "在吗");
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.blockWebSocket();
		agent.open("/shops/" + scene.shopId + "/workbench");
		agent.awaitTransport("polling");
		agent.openConversation("MINE", buyer.nick());

		agent.reply("在的亲，请问需要什么款式");
		agent.awaitTranscriptLine("在的亲，请问需要什么款式");
		buyer.sent("c2", "白色的有货吗");

		agent.awaitTranscriptLine("白色的有货吗");
		assertThat(agent.transcript()).containsExactly("在吗", WELCOME, "在的亲，请问需要什么款式", "白色的有货吗");
		assertThat(buyer.after(0).get("messages")).extracting(m -> m.get("content").asString())
			.containsOnlyOnce("在的亲，请问需要什么款式");
	}

	@Test
	void aBusyAgentSeesTheQueueTickAndAcceptsTheBuyerFromIt() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.openWorkbench(scene.shopId);
		agent.choosePresence(Presence.BUSY);
		ChatScene.BuyerSide buyer = scene.buyer("小周");
		buyer.sent("c1", "有人吗");

		agent.showList("WAITING");
		String before = agent.waitUpTo(10)
			.until(driver -> agent.awaitListItem("WAITING", buyer.nick())
				.findElement(By.className("wb-timer"))
				.getText());
		agent.waitUpTo(5)
			.until(driver -> !agent.awaitListItem("WAITING", buyer.nick())
				.findElement(By.className("wb-timer"))
				.getText()
				.equals(before));
		agent.clickInListItem("WAITING", buyer.nick(), "wb-accept");

		agent.waitUpTo(10).until(driver -> driver.findElement(By.id("wb-composer")).isDisplayed());
		assertThat(agent.driver().findElement(By.id("wb-chat-buyer")).getText()).isEqualTo(buyer.nick());
		agent.awaitListItem("MINE", buyer.nick());
		agent.reply("在的亲，让您久等了");
		agent.awaitTranscriptLine("在的亲，让您久等了");
		assertThat(buyer.after(0).get("messages")).extracting(m -> m.get("content").asString()).contains("在的亲，让您久等了");
	}

	@Test
	void anOfflineMessageWaitsUnderMessagesUntilAnAgentMarksItHandled() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.BuyerSide buyer = scene.buyer("小吴");
		buyer.sent("c1", "在吗");
		assertThat(buyer.api()
			.post("/api/v1/visitor/offline-messages",
					ChatScene.json(Map.of("content", "想买两盏<i>白色</i>的，明天联系我", "contact", "13800138000")))
			.status()).isEqualTo(201);
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.openWorkbench(scene.shopId);

		agent.showList("OFFLINE");
		String left = agent.waitUpTo(10).until(driver -> agent.awaitListItem("OFFLINE", buyer.nick()).getText());
		assertThat(left).contains("想买两盏<i>白色</i>的，明天联系我", "13800138000");
		assertThat(agent.texts("#wb-list-OFFLINE .wb-offline-text")).containsExactly("想买两盏<i>白色</i>的，明天联系我");
		assertThat(agent.driver().findElement(By.cssSelector("[data-count=OFFLINE]")).getText()).isEqualTo("1");
		agent.screenshot("workbench-offline");
		agent.clickInListItem("OFFLINE", buyer.nick(), "wb-handled");

		agent.waitUpTo(10).until(driver -> driver.findElements(By.cssSelector("#wb-list-OFFLINE .wb-item")).isEmpty());
		assertThat(agent.driver().findElement(By.cssSelector("[data-count=OFFLINE]")).getText()).isEqualTo("0");
	}

	@Test
	void theFlowTrackerShowsTheStepsReachedSaysToVerifyBeforeThePaymentAndTakesTheAgentsCorrection() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide buyer = scene.buyer("小李");
		long id = buyer.sent("c1", "这款台灯有货吗").get("conversationId").asLong();
		mei.reply(id, "a1", "亲，您好，请问是给孩子写作业用吗？");
		mei.reply(id, "a2", "推荐这款护眼台灯，今天拍下今天发货哦");
		WorkbenchPageObject agent = agentSignedIn(mei);
		agent.openWorkbench(scene.shopId);
		agent.openConversation("MINE", buyer.nick());

		agent.openSide("flow");
		agent.waitUpTo(10)
			.until(driver -> "HELP"
				.equals(driver.findElement(By.cssSelector(".wb-step.wb-current")).getAttribute("data-step")));
		assertThat(agent.texts(".wb-step.wb-reached .wb-step-name")).containsExactly("问好", "提问", "推荐");
		assertThat(agent.driver().findElement(By.cssSelector(".wb-step.wb-next")).getAttribute("data-step"))
			.isEqualTo("VERIFICATION");
		assertThat(agent.driver().findElement(By.id("wb-flow-next-step")).getText()).isEqualTo("核实");
		assertThat(agent.driver().findElement(By.id("wb-flow-hint")).getText())
			.startsWith("核实：交易达成前要最后确认：核对收货地址、商品规格和快递（KISS 原则）");
		agent.screenshot("workbench-flow");

		new Select(agent.driver().findElement(By.id("wb-flow-correct"))).selectByValue("VERIFICATION");

		agent.waitUpTo(10)
			.until(driver -> "VERIFICATION"
				.equals(driver.findElement(By.cssSelector(".wb-step.wb-current")).getAttribute("data-step")));
		assertThat(agent.driver().findElement(By.id("wb-flow-next-step")).getText()).isEqualTo("告别");
		assertThat(agent.driver().findElement(By.id("wb-flow-corrected")).isDisplayed()).isTrue();
		agent.reply("亲，感谢您的光临，收到记得给个好评哦");
		agent.waitUpTo(10)
			.until(driver -> "VERIFICATION"
				.equals(driver.findElement(By.cssSelector(".wb-step.wb-current")).getAttribute("data-step"))
					&& driver.findElements(By.cssSelector(".wb-step.wb-reached[data-step=FAREWELL]")).size() == 1);
	}

	@Test
	void aSupervisorReadsAnotherAgentsConversationWithoutAComposerUntilTheyTakeItOver() {
		ChatScene.AgentSide mei = scene.preSales("小美");
		ChatScene.AgentSide boss = scene.supervisor("王主管");
		mei.presence(Presence.ONLINE);
		ChatScene.BuyerSide zhao = scene.buyer("赵女士");
		long conversationId = zhao.sent("c1", "灯罩裂了，怎么办").get("conversationId").asLong();
		mei.reply(conversationId, "a1", "亲，您不要着急哦，我帮您看一下先哦");
		WorkbenchPageObject supervisor = agentSignedIn(boss);

		supervisor.open("/shops/" + scene.shopId + "/workbench?conversation=" + conversationId);
		supervisor.awaitLive();
		supervisor.awaitTranscriptLine("亲，您不要着急哦，我帮您看一下先哦");
		assertThat(supervisor.driver().findElement(By.id("wb-composer")).isDisplayed()).isFalse();
		assertThat(supervisor.driver().findElement(By.id("wb-read-only")).getText()).isEqualTo("会话由 小美 接待（只读），接管后才能回复");
		supervisor.screenshot("workbench-supervisor-reads");
		supervisor.driver().findElement(By.id("wb-take-over")).click();

		supervisor.waitUpTo(10).until(driver -> driver.findElement(By.id("wb-composer")).isDisplayed());
		supervisor.reply("我是主管，这单我来跟进，马上给您补发灯罩");
		supervisor.awaitTranscriptLine("我是主管，这单我来跟进，马上给您补发灯罩");
		JsonNode messages = zhao.after(0).get("messages");
		assertThat(messages).extracting(m -> m.get("content").asString()).contains("我是主管，这单我来跟进，马上给您补发灯罩");
	}

	private WorkbenchPageObject agentSignedIn(ChatScene.AgentSide agent) {
		WorkbenchPageObject browser = WorkbenchPageObject.agentBrowser(port);
		browsers.add(browser);
		browser.signIn(staff.find(AgentId.of(agent.id())).orElseThrow().username());
		return browser;
	}

	private WorkbenchPageObject buyer() {
		WorkbenchPageObject browser = WorkbenchPageObject.buyerBrowser(port);
		browsers.add(browser);
		return browser;
	}

	/** The order clerk signs in and finds the remark on their list. */
	private WebElement clerkReads(ChatScene.AgentSide clerk, String remark) {
		WorkbenchPageObject browser = agentSignedIn(clerk);
		browser.open("/shops/" + scene.shopId + "/remark-tasks");
		browser.screenshot("workbench-clerk");
		return browser.driver()
			.findElements(By.cssSelector(".remark-table tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(remark))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the clerk's list has no remark " + remark));
	}

	/** Two scripts of the demo library's kind: a greeting in three variants and stock. */
	private void starterScripts() {
		ScriptGroup greeting = library.addGroup(ShopId.of(scene.shopId), "问好");
		library.add(ShopId.of(scene.shopId), new ScriptDraft(greeting.id(), "hi", "问好", List.of("在吗", "你好", "在不在"),
				List.of(HI_1, HI_2, "亲，欢迎光临，有什么需要随时叫我哦。")));
		ScriptGroup stock = library.addGroup(ShopId.of(scene.shopId), "库存");
		library.add(ShopId.of(scene.shopId), new ScriptDraft(stock.id(), "kc", "这款有货吗", List.of("有货", "现货", "库存", "没货"),
				List.of(STOCK_1, "亲，有货的哦，放心拍。")));
	}

	private Order orderOf(ChatScene.BuyerSide buyer, String orderNo) {
		orders.addAll(List.of(Order.place(ShopId.of(scene.shopId), OrderNo.of(orderNo), BuyerId.of(buyer.buyerId()),
				Instant.now().minusSeconds(600),
				List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))));
		return orders.findByNo(ShopId.of(scene.shopId), OrderNo.of(orderNo)).orElseThrow();
	}

}
