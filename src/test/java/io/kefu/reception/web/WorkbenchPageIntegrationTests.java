package io.kefu.reception.web;

import io.kefu.PageTestData;
import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open the workbench, and what the page carries for its script. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbenchPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("工作台测试店").orElseGet(() -> {
			Shop opened = PageTestData.openShop(shops, staff, "工作台测试店", "wb-");
			ShopFixture people = new ShopFixture(shops, products, staff);
			people.account(opened, "wb-ajie", Role.AFTER_SALES);
			people.account(opened, "wb-peixun", Role.TRAINER);
			people.account(opened, "wb-dandan", Role.ORDER_CLERK);
			PageTestData.openShop(shops, staff, "别家工作台店", "wb-other-");
			return opened;
		});
	}

	@Test
	void preSalesAndAfterSalesAgentsAndSupervisorsOpenTheWorkbench() throws Exception {
		for (String username : new String[] { "wb-xiaomei", "wb-ajie", "wb-zhuguan" }) {
			mvc.perform(get(url()).with(as(username)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<h1 class=\"wb-title\">接待工作台</h1>"),
						containsString("id=\"workbench\""), containsString("data-shop-id=\"" + shop.id() + "\""),
						containsString("/js/workbench.js"), containsString("stomp.umd.min.js"),
						containsString("data-csrf-token="), containsString(">在线<"), containsString(">忙碌<"),
						containsString(">离开<"), containsString(">排队中<"), containsString(">留言<"), containsString(">红旗<"),
						containsString(">问好<"), containsString(">告别<"),
						containsString("交易达成前要最后确认：核对收货地址、商品规格和快递（KISS 原则）"))));
		}
	}

	@Test
	void trainersOrderClerksAndAgentsOfAnotherShopAreRefused() throws Exception {
		for (String username : new String[] { "wb-peixun", "wb-dandan", "wb-other-xiaomei", "wb-other-zhuguan" }) {
			mvc.perform(get(url()).with(as(username)))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/error/403"));
		}
	}

	@Test
	void withoutSigningInThePageAsksForTheSignIn() throws Exception {
		mvc.perform(get(url()).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theNavigationLinksTheWorkbenchForAgentsAndSupervisorsOnly() throws Exception {
		for (String username : new String[] { "wb-xiaomei", "wb-ajie", "wb-zhuguan" }) {
			mvc.perform(get("/shops/" + shop.id() + "/products").with(as(username)))
				.andExpect(content().string(containsString("href=\"" + url() + "\"")));
		}
		for (String username : new String[] { "wb-peixun", "wb-dandan" }) {
			mvc.perform(get("/shops/" + shop.id() + "/products").with(as(username)))
				.andExpect(content().string(not(containsString(url()))));
		}
	}

	@Test
	void theSupervisorsPageSaysSoAndCarriesTheConversationToOpen() throws Exception {
		mvc.perform(get(url()).param("conversation", "42").with(as("wb-zhuguan")))
			.andExpect(content().string(allOf(containsString("data-supervises=\"true\""),
					containsString("data-open-conversation=\"42\""))));
		mvc.perform(get(url()).with(as("wb-xiaomei")))
			.andExpect(content().string(
					allOf(containsString("data-supervises=\"false\""), not(containsString("data-open-conversation")))));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		mvc.perform(get(url()).param("lang", "en").with(as("wb-xiaomei")))
			.andExpect(content().string(allOf(containsString("<h1 class=\"wb-title\">Workbench</h1>"),
					containsString(">Online<"), containsString(">Queue<"), containsString(">Red<"),
					containsString(">Verification<"), containsString("Handover note"))));
	}

	private String url() {
		return "/shops/" + shop.id() + "/workbench";
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
