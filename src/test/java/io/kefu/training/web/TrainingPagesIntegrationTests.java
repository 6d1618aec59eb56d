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
 * The training pages: the trainer enrols a trainee from the progress page and reads every
 * trainee's day; a trainee lands on their own plan and ticks their own tasks; the nav
 * offers training to trainers and to agents in training only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingPagesIntegrationTests {

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
	UserDetailsService accounts;

	Shop shop;

	String suffix;

	Agent newcomer;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("培训页店" + suffix);
		fixture.account(shop, "pxy-t" + suffix, Role.TRAINER);
		fixture.account(shop, "pxy-mei" + suffix, Role.PRE_SALES);
		newcomer = fixture.trainee(shop, "pxy-new" + suffix);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username + suffix));
	}

	private String training() {
		return "/shops/" + shop.id() + "/training";
	}

	@Test
	void theTrainerEnrolsFromTheProgressPageAndSeesTheTraineesDay() throws Exception {
		mvc.perform(get(training()).with(as("pxy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还没有学员")))
			.andExpect(content().string(containsString("一类（新手）")));

		mvc.perform(post(training() + "/trainees").with(as("pxy-t"))
			.with(csrf())
			.param("agent", Long.toString(newcomer.id().value()))
			.param("hireClass", "NOVICE")
			.param("start", "2026-12-01")
			.param("mentor", "")).andExpect(redirectedUrlPattern(training() + "/trainees/*"));

		mvc.perform(get(training()).with(as("pxy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pxy-new" + suffix)))
			.andExpect(content().string(containsString("培训中")));
		assertThat(trainees.ofAgent(newcomer.id())).isPresent();
	}

	@Test
	void aTraineeLandsOnTheirOwnPlanAndTicksTheirOwnTasksOnly() throws Exception {
		Trainee trainee = enrolled();
		TraineeTask read = trainee.tasks().get(0);
		TraineeTask certification = trainee.tasks().get(trainee.tasks().size() - 1);
		String plan = training() + "/trainees/" + trainee.id();

		mvc.perform(get(training()).with(as("pxy-new"))).andExpect(redirectedUrl(plan));
		mvc.perform(get(plan).with(as("pxy-new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 5 天")))
			.andExpect(content().string(containsString("由培训师完成")))
			.andExpect(content().string(not(containsString("记录决定"))));
		mvc.perform(post(plan + "/tasks/" + read.id()).with(as("pxy-new")).with(csrf()).param("done", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(plan + "/tasks/" + certification.id()).with(as("pxy-new")).with(csrf()).param("done", "true"))
			.andExpect(status().isForbidden());

		assertThat(trainees.find(trainee.id()).orElseThrow().done()).isEqualTo(1);
	}

	@Test
	void anAgentNotInTrainingHasNoTrainingPageNorNavItem() throws Exception {
		Trainee trainee = enrolled();

		mvc.perform(get(training()).with(as("pxy-mei"))).andExpect(status().isForbidden());
		mvc.perform(get(training() + "/trainees/" + trainee.id()).with(as("pxy-mei")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/shops/" + shop.id() + "/appraisals").with(as("pxy-mei")))
			.andExpect(content().string(not(containsString("/shops/" + shop.id() + "/training\""))));
		mvc.perform(get("/shops/" + shop.id() + "/appraisals").with(as("pxy-new")))
			.andExpect(content().string(containsString("/shops/" + shop.id() + "/training\"")));
	}

	@Test
	void theMentorLandsOnTheirTraineesPlanAndHasTheNavItem() throws Exception {
		Agent mentor = staff.inShop(shop.id())
			.stream()
			.filter(agent -> ("pxy-mei" + suffix).equals(agent.username()))
			.findFirst()
			.orElseThrow();
		Trainee trainee = trainees.enrol(shop.id(),
				new Enrolment(newcomer.id(), HireClass.NOVICE, LocalDate.of(2026, 12, 1), mentor.id()));

		mvc.perform(get(training()).with(as("pxy-mei")))
			.andExpect(redirectedUrl(training() + "/trainees/" + trainee.id()));
		mvc.perform(get("/shops/" + shop.id() + "/appraisals").with(as("pxy-mei")))
			.andExpect(content().string(containsString("/shops/" + shop.id() + "/training\"")));
	}

	private Trainee enrolled() {
		return trainees.enrol(shop.id(),
				new Enrolment(newcomer.id(), HireClass.NOVICE, LocalDate.of(2026, 12, 1), null));
	}

}
