package io.kefu.web;

import io.kefu.PageTestData;
import io.kefu.shop.Shop;
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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("首页测试店").orElseGet(() -> PageTestData.openShop(shops, staff, "首页测试店", "home-"));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
		mvc.perform(formLogin("/login").user("home-zhuguan").password("wrong"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody").password("wrong")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名或密码错误")))
			.andExpect(content().string(not(containsString("home-zhuguan"))));
	}

	@Test
	void rightPasswordSignsIn() throws Exception {
		mvc.perform(formLogin("/login").user("home-zhuguan").password(PageTestData.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void signedOutPageSaysSo() throws Exception {
		mvc.perform(get("/login").param("logout", "")).andExpect(content().string(containsString("已退出")));
		mvc.perform(get("/login").param("logout", "").param("lang", "en"))
			.andExpect(content().string(containsString("You have signed out.")));
	}

	@Test
	void pagesNeedASignIn() throws Exception {
		mvc.perform(get("/shops/" + shop.id() + "/products").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void homeShowsTodayOfTheCallersShopInChinese() throws Exception {
		mvc.perform(get("/").with(user(accounts.loadUserByUsername("home-xiaomei"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>首页测试店</h1>")))
			.andExpect(content().string(containsString("来访买家")))
			.andExpect(content().string(containsString("¥0.00")))
			.andExpect(content().string(containsString("/shops/" + shop.id() + "/agents")));
	}

	@Test
	void homeSpeaksEnglishWhenAsked() throws Exception {
		mvc.perform(
				get("/shops/" + shop.id()).param("lang", "en").with(user(accounts.loadUserByUsername("home-xiaomei"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Buyers who wrote")))
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void unknownShopIsNotFoundForAnAdministrator() throws Exception {
		mvc.perform(get("/shops/999999").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void forbiddenPageIsFriendly() throws Exception {
		mvc.perform(get("/error/403").with(user(accounts.loadUserByUsername("home-xiaomei"))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权访问")));
	}

}
