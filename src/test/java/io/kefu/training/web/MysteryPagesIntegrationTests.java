package io.kefu.training.web;

import java.time.LocalDate;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;
import io.kefu.training.Enrolment;
import io.kefu.training.HireClass;
import io.kefu.training.MysterySessions;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeTask;
import io.kefu.training.Trainees;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mystery shopper pages: the trainer starts a session from the trainee's page, plays
 * the buyer by hand on the session page, ends it and gives the rubric, which ticks the
 * task; nobody else sees the form or the session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MysteryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Trainees trainees;

	@Autowired
	MysterySessions sessions;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	String suffix;

	Trainee trainee;

	@BeforeEach
	void enrol() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("神秘页店" + suffix);
		fixture.lamp(shop, "护眼台灯");
		fixture.account(shop, "smy-t" + suffix, Role.TRAINER);
		fixture.account(shop, "smy-mei" + suffix, Role.PRE_SALES);
		Agent newcomer = fixture.trainee(shop, "smy-new" + suffix);
		trainee = trainees.enrol(shop.id(),
				new Enrolment(newcomer.id(), HireClass.NOVICE, LocalDate.of(2026, 12, 3), null));
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username + suffix));
	}

	@Test
	void theTrainerPlaysTheBuyerFromTheSessionPageAndRatesTheTrainee() throws Exception {
		String plan = "/shops/" + shop.id() + "/training/trainees/" + trainee.id();
		mvc.perform(get(plan).with(as("smy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("神秘顾客")))
			.andExpect(content().string(containsString("爱砍价的买家")));
		mvc.perform(get(plan).with(as("smy-new")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("开始考核"))));

		mvc.perform(post("/shops/" + shop.id() + "/training/mystery").with(as("smy-t"))
			.with(csrf())
			.param("trainee", Long.toString(trainee.id()))
			.param("persona", "ANGRY_AFTER_SALES")
			.param("mode", "MANUAL")).andExpect(redirectedUrlPattern("/shops/" + shop.id() + "/training/mystery/*"));
		long id = sessions.ofTrainee(trainee.id()).get(0).id();
		String page = "/shops/" + shop.id() + "/training/mystery/" + id;

		mvc.perform(post(page + "/buyer-messages").with(as("smy-t")).with(csrf()).param("content", "台灯收到就是坏的！"))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(as("smy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("台灯收到就是坏的！")))
			.andExpect(content().string(containsString("以买家身份发送")));
		mvc.perform(get(page).with(as("smy-mei"))).andExpect(status().isForbidden());
		mvc.perform(post(page + "/end").with(as("smy-t")).with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/rubric").with(as("smy-t"))
			.with(csrf())
			.param("productKnowledge", "4")
			.param("adaptability", "3")
			.param("wording", "4")
			.param("attitude", "5")
			.param("comment", "道歉及时")).andExpect(redirectedUrl(page));

		mvc.perform(get(page).with(as("smy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已结束")))
			.andExpect(content().string(containsString("道歉及时")));
		assertThat(trainees.find(trainee.id()).orElseThrow().tasks())
			.filteredOn(t -> t.kind() == TaskKind.MYSTERY_SHOPPER)
			.extracting(TraineeTask::done)
			.containsExactly(true);
	}

}
