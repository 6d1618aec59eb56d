package io.kefu.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;
import io.kefu.training.Enrolment;
import io.kefu.training.HireClass;
import io.kefu.training.Quiz;
import io.kefu.training.Quizzes;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.Trainees;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
 * The quiz pages: the trainee goes from the plan's quiz task to their quizzes, starts
 * one, answers it and reads the score with each right answer and its source; the trainer
 * reads the results per trainee and per question and keeps the question bank; other
 * agents are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuizPagesIntegrationTests {

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
	Quizzes quizzes;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	String suffix;

	Trainee trainee;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("测验页店" + suffix);
		fixture.account(shop, "cyy-t" + suffix, Role.TRAINER);
		fixture.account(shop, "cyy-mei" + suffix, Role.PRE_SALES);
		Agent newcomer = fixture.trainee(shop, "cyy-new" + suffix);
		String[][] lamps = { { "SP-C3", "5W", "129.00" }, { "SP-E1", "12W", "399.00" }, { "SP-S6", "10W", "269.00" },
				{ "SP-B2", "6W", "159.00" } };
		for (String[] lamp : lamps) {
			products.add(shop.id(),
					new ProductDraft("视谱台灯 " + lamp[0], "台灯", true,
							List.of(new Product.Attribute("型号", lamp[0]), new Product.Attribute("功率", lamp[1])),
							List.of(lamp[0] + "的卖点"),
							List.of(new ProductDraft.SkuDraft(lamp[0], "白色", new BigDecimal(lamp[2]), 3))));
		}
		trainee = trainees.enrol(shop.id(),
				new Enrolment(newcomer.id(), HireClass.NOVICE, LocalDate.of(2026, 12, 1), null));
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username + suffix));
	}

	private String training() {
		return "/shops/" + shop.id() + "/training";
	}

	@Test
	void theTraineeTakesAQuizFromThePlanAndReadsTheRightAnswersAndSources() throws Exception {
		String quizzesPage = training() + "/trainees/" + trainee.id() + "/quizzes";
		mvc.perform(get(training() + "/trainees/" + trainee.id()).with(as("cyy-new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(quizzesPage)))
			.andExpect(content().string(containsString("去测试")));
		mvc.perform(get(quizzesPage).with(as("cyy-new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还没有测试")))
			.andExpect(content().string(containsString("出题")));

		mvc.perform(post(quizzesPage).with(as("cyy-new")).with(csrf()).param("count", "10"))
			.andExpect(redirectedUrlPattern(training() + "/quizzes/*"));
		Quiz quiz = quizzes.ofTrainee(trainee.id()).get(0);
		String quizPage = training() + "/quizzes/" + quiz.id();
		mvc.perform(get(quizPage).with(as("cyy-new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("交卷")))
			.andExpect(content().string(containsString("name=\"q" + quiz.questions().get(0).id() + "\"")))
			.andExpect(content().string(containsString(quiz.questions().get(0).question().text())));

		MockHttpServletRequestBuilder answers = post(quizPage).with(as("cyy-new")).with(csrf());
		for (Quiz.Question question : quiz.questions()) {
			answers.param("q" + question.id(), Integer.toString(question.question().right()));
		}
		mvc.perform(answers).andExpect(redirectedUrl(quizPage));

		mvc.perform(get(quizPage).with(as("cyy-new")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("答对 %d/%d 题（100%%）".formatted(quiz.questions().size(), quiz.questions().size()))))
			.andExpect(content().string(containsString("正确答案")))
			.andExpect(content().string(containsString("出处")))
			.andExpect(content().string(containsString("SP-")));
		assertThat(trainees.find(trainee.id()).orElseThrow().tasks()).filteredOn(task -> task.kind() == TaskKind.QUIZ)
			.first()
			.satisfies(task -> assertThat(task.done()).isTrue());
		mvc.perform(post(quizPage).with(as("cyy-new")).with(csrf())).andExpect(redirectedUrl(quizPage));
		mvc.perform(post(quizPage).with(as("cyy-t")).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theTrainerReadsResultsAndKeepsTheBankAndOthersAreRefused() throws Exception {
		Quiz quiz = quizzes.create(trainee, 3, trainee.agent(), java.time.Instant.now());
		quizzes.answer(quiz.id(), java.util.Map.of(), java.time.Instant.now());

		mvc.perform(get(training()).with(as("cyy-t")))
			.andExpect(content().string(containsString(training() + "/quiz-results")));
		mvc.perform(get(training() + "/quiz-results").with(as("cyy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cyy-new" + suffix)))
			.andExpect(content().string(containsString("答错最多的题排在前面")))
			.andExpect(content().string(containsString(quiz.questions().get(0).question().text())))
			.andExpect(content().string(containsString("1 次（100%）")));

		String bank = training() + "/quiz-questions";
		mvc.perform(post(bank).with(as("cyy-t"))
			.with(csrf())
			.param("text", "发票什么时候开？")
			.param("options", "确认收货后3个工作日内\n发货当天\n不开")
			.param("right", "1")).andExpect(redirectedUrl(bank));
		mvc.perform(get(bank).with(as("cyy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发票什么时候开？")))
			.andExpect(content().string(containsString("确认收货后3个工作日内\n发货当天\n不开")))
			.andExpect(content().string(containsString("SP-C3 台灯")));
		mvc.perform(get(bank).param("topic", "TRAINER").with(as("cyy-t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发票什么时候开？")))
			.andExpect(content().string(containsString("培训师出题 1")))
			.andExpect(content().string(not(containsString("的功率是？"))));
		String key = quizzes.bank(shop.id()).get(0).question().key();
		mvc.perform(post(bank + "/retirement").with(as("cyy-t"))
			.with(csrf())
			.param("key", key)
			.param("retired", "true")
			.param("topic", "PARAMETER")).andExpect(redirectedUrl(bank + "?topic=PARAMETER"));
		assertThat(quizzes.bank(shop.id()).get(0).retired()).isTrue();

		mvc.perform(get(training() + "/quiz-results").with(as("cyy-mei"))).andExpect(status().isForbidden());
		mvc.perform(get(bank).with(as("cyy-new"))).andExpect(status().isForbidden());
		mvc.perform(get(training() + "/quizzes/" + quiz.id()).with(as("cyy-mei"))).andExpect(status().isForbidden());
		mvc.perform(get(training() + "/trainees/" + trainee.id() + "/quizzes").with(as("cyy-mei")))
			.andExpect(status().isForbidden());
	}

}
