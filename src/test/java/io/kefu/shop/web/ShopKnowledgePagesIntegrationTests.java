package io.kefu.shop.web;

import io.kefu.PageTestData;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shop's knowledge pages under hostile posts: rows no form sends, days no promotion
 * has, posts without the CSRF token and markup in what people typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ShopKnowledgePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	ShopKnowledge knowledge;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("知识页攻击测试店").orElseGet(() -> PageTestData.openShop(shops, staff, "知识页攻击测试店", "kpa-"));
	}

	@Test
	void aRowNoFormSendsIsABadRequestNotAFailure() throws Exception {
		for (String row : new String[] { "rows[300]", "rows[99999999]", "rows[-1]", "rows[abc]" }) {
			mvc.perform(post(url("/knowledge/policies/edit")).param(row + ".title", "x")
				.accept(MediaType.TEXT_HTML)
				.with(csrf())
				.with(as("kpa-zhuguan"))).andExpect(status().isBadRequest());
			mvc.perform(post(url("/knowledge/couriers/edit")).param(row + ".name", "顺丰")
				.param("shippingCutoff", "16:00")
				.accept(MediaType.TEXT_HTML)
				.with(csrf())
				.with(as("kpa-zhuguan"))).andExpect(status().isBadRequest());
		}
		assertThat(knowledge.policies(shop.id())).isEmpty();
		assertThat(knowledge.courierSetting(shop.id())).isEmpty();
	}

	@Test
	void aDayNoPromotionHasIsShownOnTheFormNotAFailure() throws Exception {
		int before = knowledge.promotions(shop.id()).size();
		mvc.perform(post(url("/knowledge/promotions/new")).param("name", "万年活动")
			.param("startDate", "+999999999-12-31")
			.param("endDate", "+999999999-12-31")
			.accept(MediaType.TEXT_HTML)
			.with(csrf())
			.with(as("kpa-zhuguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择开始日期（2000 至 2099 年）。")));
		assertThat(knowledge.promotions(shop.id())).hasSize(before);
	}

	@Test
	void aPostWithoutTheTokenIsRefusedAndStoresNothing() throws Exception {
		int before = knowledge.promotions(shop.id()).size();
		mvc.perform(post(url("/knowledge/promotions/new")).param("name", "跨站活动")
			.param("startDate", "2026-12-01")
			.param("endDate", "2026-12-02")
			.accept(MediaType.TEXT_HTML)
			.with(as("kpa-zhuguan"))).andExpect(status().isForbidden());
		assertThat(knowledge.promotions(shop.id())).hasSize(before);
	}

	@Test
	void markupTypedIntoAPromotionIsShownAsText() throws Exception {
		mvc.perform(post(url("/knowledge/promotions/new")).param("name", "<img src=x onerror=alert(1)>")
			.param("startDate", "2026-12-01")
			.param("endDate", "2026-12-02")
			.param("autoReply", "<script>alert(2)</script>")
			.accept(MediaType.TEXT_HTML)
			.with(csrf())
			.with(as("kpa-zhuguan"))).andExpect(status().is3xxRedirection());
		mvc.perform(get(url("/knowledge/promotions")).accept(MediaType.TEXT_HTML).with(as("kpa-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;img src=x onerror=alert(1)&gt;"),
					not(containsString("<img src=x")), not(containsString("<script>alert(2)")))));
	}

	private String url(String path) {
		return "/shops/" + shop.id() + path;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
