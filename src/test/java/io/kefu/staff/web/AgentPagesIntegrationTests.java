package io.kefu.staff.web;

import io.kefu.PageTestData;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AgentPagesIntegrationTests {

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
		shop = shops.findByName("团队页测试店").orElseGet(() -> PageTestData.openShop(shops, staff, "团队页测试店", "agents-"));
	}

	@Test
	void listShowsSubAccountsRolesAndCertification() throws Exception {
		mvc.perform(get(url("")).with(as("agents-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("团队页测试店:小美")))
			.andExpect(content().string(containsString("售前客服")))
			.andExpect(content().string(containsString("已上岗")))
			.andExpect(content().string(not(containsString("/edit"))));
	}

	@Test
	void supervisorHiresAnAgentWithAnAccount() throws Exception {
		mvc.perform(post(url("/new")).with(as("agents-zhuguan"))
			.with(csrf())
			.param("displayName", "小糖")
			.param("nickname", "小糖")
			.param("roles", "PRE_SALES")
			.param("skillGroup", "PRE_SALES")
			.param("certification", "TRAINEE")
			.param("enabled", "true")
			.param("username", "agents-xiaotang")
			.param("password", "a lamp for the night")).andExpect(redirectedUrl(url("")));

		assertThat(staff.findByUsername("agents-xiaotang")).hasValueSatisfying(agent -> {
			assertThat(agent.shopId()).isEqualTo(shop.id());
			assertThat(agent.isTrainee()).isTrue();
		});
	}

	@Test
	void duplicateNicknameIsShownOnTheNicknameField() throws Exception {
		Agent xiaomei = staff.findByUsername("agents-xiaomei").orElseThrow();
		mvc.perform(post(url("/new")).with(as("agents-zhuguan"))
			.with(csrf())
			.param("displayName", "另一个小美")
			.param("nickname", "小美")
			.param("roles", "PRE_SALES"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "nickname", "agent.taken"))
			.andExpect(content().string(containsString("该昵称或用户名已被使用")));

		assertThat(staff.inShop(shop.id())).filteredOn(agent -> "小美".equals(agent.nickname())).containsExactly(xiaomei);
	}

	@Test
	void nicknameWithTheSeparatorIsRefusedWithItsReason() throws Exception {
		Agent xiaomei = staff.findByUsername("agents-xiaomei").orElseThrow();
		mvc.perform(post(url("/" + xiaomei.id() + "/edit")).with(as("agents-zhuguan"))
			.with(csrf())
			.param("displayName", "小美")
			.param("nickname", "店:小美")
			.param("roles", "PRE_SALES")
			.param("certification", "CERTIFIED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "nickname"))
			.andExpect(content().string(containsString("昵称不能包含冒号")));

		assertThat(staff.find(xiaomei.id())).contains(xiaomei);
	}

	@Test
	void supervisorCannotHandOutTheAdministratorRole() throws Exception {
		Agent xiaomei = staff.findByUsername("agents-xiaomei").orElseThrow();
		mvc.perform(post(url("/" + xiaomei.id() + "/edit")).with(as("agents-zhuguan"))
			.with(csrf())
			.param("displayName", "小美")
			.param("nickname", "小美")
			.param("roles", "PRE_SALES", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "agent.roles.admin"));

		assertThat(staff.find(xiaomei.id())).contains(xiaomei);
	}

	@Test
	void supervisorCannotMakeAShopOwnerWhoWouldApproveTheirSheet() throws Exception {
		Agent xiaomei = staff.findByUsername("agents-xiaomei").orElseThrow();
		mvc.perform(post(url("/" + xiaomei.id() + "/edit")).with(as("agents-zhuguan"))
			.with(csrf())
			.param("displayName", "小美")
			.param("nickname", "小美")
			.param("roles", "SUPERVISOR", "OWNER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "agent.roles.owner"));

		assertThat(staff.find(xiaomei.id())).contains(xiaomei);
	}

	@Test
	void preSalesAgentIsRefusedTheEditPage() throws Exception {
		Agent xiaomei = staff.findByUsername("agents-xiaomei").orElseThrow();
		mvc.perform(get(url("/" + xiaomei.id() + "/edit")).with(as("agents-xiaomei")))
			.andExpect(status().isForbidden());
	}

	private String url(String path) {
		return "/shops/" + shop.id() + "/agents" + path;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
