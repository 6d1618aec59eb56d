package io.kefu.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.PageTestData;
import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.RemarkForm;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.order.RemarkTasks;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RemarkTaskPagesIntegrationTests {

	private static final Instant CREATED = Instant.parse("2026-11-21T06:00:00Z");

	@Autowired
	MockMvc mvc;

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
	RemarkTasks tasks;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("打单备注测试店").orElseGet(() -> {
			Shop opened = PageTestData.openShop(shops, staff, "打单备注测试店", "remarks-");
			new ShopFixture(shops, products, staff).account(opened, "remarks-dandan", Role.ORDER_CLERK);
			buyers.recognise(opened.id(), "tb_lin_xiaojie", CREATED);
			return opened;
		});
	}

	/** An order of the shop with a remark by 小美, as the API writes it. */
	private RemarkTask remarked(String orderNo, String request, Flag flag, RemarkKind kind) {
		long buyerId = buyers.findByNick(shop.id(), "tb_lin_xiaojie").orElseThrow().id().value();
		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of(orderNo), BuyerId.of(buyerId), CREATED,
				List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色 充电款", 1, new BigDecimal("199.00"))),
				BigDecimal.ZERO, new Order.Receiver("林小姐", "13812345678", "浙江省杭州市西湖区文三路 90 号"))));
		Order order = orders.findByNo(shop.id(), OrderNo.of(orderNo)).orElseThrow();
		return orders.addRemark(order.id(), AgentId.of(agentId("remarks-xiaomei")),
				RemarkForm.of("小美", request, LocalDate.of(2026, 11, 21)), flag, kind, CREATED.plusSeconds(600));
	}

	@Test
	void theClerkSeesOpenRemarksWithFlagOrderBuyerTextAndWriter() throws Exception {
		remarked("8001", "客户要求修改地址,新地址为:杭州市滨江区", Flag.RED, RemarkKind.ADDRESS);

		mvc.perform(get(url("/remark-tasks")).with(as("remarks-dandan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>打单备注</h1>"), containsString("flag flag-RED"),
					containsString(">红旗<"), containsString(">8001<"), containsString(">tb_lin_xiaojie<"),
					containsString("小美 客户要求修改地址,新地址为:杭州市滨江区 2026.11.21"), containsString(">改地址<"),
					containsString("2026-11-21 14:10"), containsString("标记已处理"), containsString("待处理"),
					containsString("name=\"_csrf\""))));
	}

	@Test
	void markingDoneMovesTheRemarkToTheDoneList() throws Exception {
		RemarkTask task = remarked("8002", "送灯泡", Flag.YELLOW, RemarkKind.GIFT);

		mvc.perform(post(url("/remark-tasks/" + task.id() + "/done")).with(as("remarks-dandan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(url("/remark-tasks?status=OPEN")))
			.andExpect(flash().attribute("markedDone", "8002"));

		assertThat(tasks.find(task.id()).orElseThrow().handledBy()).isEqualTo(AgentId.of(agentId("remarks-dandan")));
		mvc.perform(get(url("/remark-tasks")).with(as("remarks-dandan")))
			.andExpect(content().string(not(containsString(">8002<"))));
		mvc.perform(get(url("/remark-tasks")).param("status", "DONE").with(as("remarks-dandan")))
			.andExpect(content().string(allOf(containsString(">8002<"), containsString("flag flag-YELLOW"),
					containsString(">黄旗<"), containsString("remarks-dandan 于"), not(containsString("标记已处理")))));
	}

	@Test
	void withHtmxOnlyTheRowComesBackDone() throws Exception {
		RemarkTask task = remarked("8003", "顺丰发货", Flag.RED, RemarkKind.COURIER);

		mvc.perform(post(url("/remark-tasks/" + task.id() + "/done")).header("HX-Request", "true")
			.with(as("remarks-zhuguan"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"remark-task-" + task.id() + "\""),
					containsString("remark-done"), containsString("王主管 于"), not(containsString("<html")))));
	}

	@Test
	void aRemarkDoneTwiceSaysItWasDoneAlready() throws Exception {
		RemarkTask task = remarked("8004", "改颜色为白色", Flag.RED, RemarkKind.ATTRIBUTE);
		tasks.markDone(task.id(), AgentId.of(agentId("remarks-zhuguan")), CREATED.plusSeconds(900));

		mvc.perform(post(url("/remark-tasks/" + task.id() + "/done")).with(as("remarks-dandan")).with(csrf()))
			.andExpect(flash().attribute("alreadyDone", "8004"));
		assertThat(tasks.find(task.id()).orElseThrow().handledBy()).isEqualTo(AgentId.of(agentId("remarks-zhuguan")));
	}

	@Test
	void preSalesAgentsAreRefusedAndSeeNoLinkButTheClerkAndSupervisorDo() throws Exception {
		mvc.perform(get(url("/remark-tasks")).with(as("remarks-xiaomei")))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/error/403"));
		mvc.perform(get(url("/products")).with(as("remarks-xiaomei")))
			.andExpect(content().string(not(containsString(url("/remark-tasks")))));
		mvc.perform(get(url("/products")).with(as("remarks-dandan")))
			.andExpect(content().string(containsString(url("/remark-tasks"))));
		mvc.perform(get(url("/products")).with(as("remarks-zhuguan")))
			.andExpect(content().string(containsString(url("/remark-tasks"))));
	}

	@Test
	void aRefusalTooLongOrOnTwoLinesIsAskedForAgainSayingWhatIsWrongAndStoresNothing() throws Exception {
		RemarkTask task = remarked("8007", "改地址", Flag.RED, RemarkKind.ADDRESS);

		for (String reason : new String[] { "已".repeat(201), "已打单\n缺货", "  " }) {
			mvc.perform(post(url("/remark-tasks/" + task.id() + "/refused")).param("reason", reason)
				.header("HX-Request", "true")
				.with(as("remarks-dandan"))
				.with(csrf())).andExpect(content().string(containsString("请写下拒绝原因（一行，最多 200 字）")));
			mvc.perform(post(url("/remark-tasks/" + task.id() + "/refused")).param("reason", reason)
				.with(as("remarks-dandan"))
				.with(csrf())).andExpect(flash().attribute("refusalMissing", "8007"));
		}
		assertThat(tasks.find(task.id()).orElseThrow().isOpen()).isTrue();
	}

	@Test
	void aTaskOfAnotherShopIsNotFound() throws Exception {
		Shop other = shops.findByName("别家打单备注店")
			.orElseGet(() -> PageTestData.openShop(shops, staff, "别家打单备注店", "remarks-other-"));
		RemarkTask task = remarked("8005", "改地址", Flag.RED, RemarkKind.ADDRESS);

		mvc.perform(
				post("/shops/" + other.id() + "/remark-tasks/" + task.id() + "/done").with(as("remarks-other-zhuguan"))
					.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(tasks.find(task.id()).orElseThrow().isOpen()).isTrue();
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		remarked("8006", "发票抬头:杭州视谱科技", Flag.BLUE, RemarkKind.OTHER);

		mvc.perform(get(url("/remark-tasks")).param("lang", "en").with(as("remarks-dandan")))
			.andExpect(content().string(allOf(containsString("<h1>Order remarks</h1>"), containsString(">Blue<"),
					containsString("Mark done"), containsString(">Other<"), containsString("Written by"))));
	}

	private long agentId(String username) {
		return staff.findByUsername(username).orElseThrow().id().value();
	}

	private String url(String path) {
		return "/shops/" + shop.id() + path;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
