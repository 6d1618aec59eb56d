package io.kefu.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.followup.Followups;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.order.RemarkForm;
import io.kefu.order.RemarkKind;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page is each role's to-do list: the lines of its roles, each counting what
 * waits and opening the page where it is worked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomeToDoIntegrationTests {

	static final Pattern LINE = Pattern
		.compile("href=\"([^\"]*)\"[^>]*data-todo=\"([A-Z_]+)\">\\s*<span class=\"todo-count\">(\\d+)</span>");

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
	Followups followups;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	String suffix;

	@BeforeEach
	void openAShopWithAnUnpaidRemarkedOrder() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("待办店" + suffix);
		fixture.account(shop, "todo-zhuguan" + suffix, Role.SUPERVISOR);
		Agent mei = fixture.account(shop, "todo-xiaomei" + suffix, Role.PRE_SALES);
		fixture.account(shop, "todo-dandan" + suffix, Role.ORDER_CLERK);
		fixture.account(shop, "todo-peixun" + suffix, Role.TRAINER);
		fixture.account(shop, "todo-dianzhang" + suffix, Role.OWNER);
		Instant placed = Instant.now().minus(3, ChronoUnit.HOURS);
		BuyerId buyer = buyers.recognise(shop.id(), "tb_todo", placed).id();
		orders.addAll(List.of(Order.place(shop.id(), OrderNo.of("77" + suffix), buyer, placed,
				List.of(new OrderItem(null, null, "视谱 护眼台灯 A1", "白色", 1, new BigDecimal("199.00"))), BigDecimal.ZERO,
				null)));
		Order order = orders.findByNo(shop.id(), OrderNo.of("77" + suffix)).orElseThrow();
		orders.addRemark(order.id(), mei.id(), RemarkForm.of("小美", "客户要求发顺丰", LocalDate.now()), Flag.RED,
				RemarkKind.COURIER, placed.plusSeconds(60));
		followups.openPaymentReminders(shop.id(), placed.minus(1, ChronoUnit.HOURS), Instant.now());
	}

	@Test
	void theSupervisorCountsEveryLineOfTheTeam() throws Exception {
		Map<String, String[]> lines = lines("todo-zhuguan");

		assertThat(lines).containsOnlyKeys("OFFLINE_MESSAGES", "FOLLOWUPS_DUE", "REMARK_TASKS", "DISPUTES",
				"TRAINEES_BEHIND");
		assertThat(lines.get("REMARK_TASKS")).containsExactly("/shops/" + shop.id() + "/remark-tasks", "1");
		assertThat(lines.get("FOLLOWUPS_DUE")).containsExactly("/shops/" + shop.id() + "/today", "1");
		assertThat(lines.get("OFFLINE_MESSAGES")[1]).isEqualTo("0");
		assertThat(lines.get("DISPUTES")[0]).startsWith("/shops/" + shop.id() + "/quality?disputed=true&amp;from=");
	}

	@Test
	void anAgentCountsTheirOwnAndTheirGroupsWork() throws Exception {
		Map<String, String[]> lines = lines("todo-xiaomei");

		assertThat(lines).containsOnlyKeys("OFFLINE_MESSAGES", "FOLLOWUPS_DUE", "DISPUTES");
		assertThat(lines.get("FOLLOWUPS_DUE")[1]).isEqualTo("1");
		assertThat(lines.get("DISPUTES")[1]).isEqualTo("0");
	}

	@Test
	void theOrderClerkCountsTheRemarksToHandle() throws Exception {
		Map<String, String[]> lines = lines("todo-dandan");

		assertThat(lines).containsOnlyKeys("REMARK_TASKS");
		assertThat(lines.get("REMARK_TASKS")[1]).isEqualTo("1");
	}

	@Test
	void theTrainerCountsTraineesBehindAndTheOwnerTheAppraisalToApprove() throws Exception {
		assertThat(lines("todo-peixun")).containsOnlyKeys("TRAINEES_BEHIND");
		Map<String, String[]> owner = lines("todo-dianzhang");
		assertThat(owner).containsOnlyKeys("APPRAISALS_TO_APPROVE");
		assertThat(owner.get("APPRAISALS_TO_APPROVE")[1]).isEqualTo("0");
	}

	/** The page's to-do lines: kind to its link and count. */
	private Map<String, String[]> lines(String username) throws Exception {
		String page = mvc.perform(get("/shops/" + shop.id()).with(user(accounts.loadUserByUsername(username + suffix))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String[]> lines = new LinkedHashMap<>();
		Matcher matcher = LINE.matcher(page);
		while (matcher.find()) {
			lines.put(matcher.group(2), new String[] { matcher.group(1), matcher.group(3) });
		}
		return lines;
	}

}
