package io.kefu.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.kefu.analytics.FigureRecompute;
import io.kefu.analytics.Figures;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.CheatingWatch;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.appraisal.MonthStatus;
import io.kefu.appraisal.SuspectedCheating;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.Messages;
import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.HireClass;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeTask;
import io.kefu.training.Trainees;
import io.kefu.training.Quiz;
import io.kefu.training.Quizzes;
import io.kefu.training.TypingAttempt;
import io.kefu.training.TypingTests;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.Rosters;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoShopIntegrationTests {

	private static final Instant EVER = Instant.parse("9999-01-01T00:00:00Z");

	@Autowired
	Figures figures;

	@Autowired
	DemoShop demo;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	ShopKnowledge knowledge;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Autowired
	Orders orders;

	@Autowired
	Staff staff;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ScriptLibrary scripts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Appraisals appraisals;

	@Autowired
	CheatingWatch cheatingWatch;

	@Autowired
	FigureRecompute recompute;

	@Autowired
	Trainees trainees;

	@Autowired
	TypingTests typingTests;

	@Autowired
	Quizzes quizzes;

	@Autowired
	Rosters rosters;

	DemoSummary summary;

	@BeforeAll
	void generateThreeDays() {
		summary = demo.generate(new DemoVolume(1, 20261122, 3, LocalDate.of(2026, 11, 22)));
	}

	@Test
	void reportsWhatItStored() {
		ShopId shop = summary.shopId();
		assertThat(summary.products()).isEqualTo(products.countInShop(shop)).isGreaterThanOrEqualTo(20);
		assertThat(summary.buyers()).isEqualTo(buyers.countInShop(shop)).isGreaterThan(100);
		assertThat(summary.messages()).isEqualTo(messages.countBetween(shop, Instant.EPOCH, EVER)).isGreaterThan(1500);
		assertThat(summary.orders()).isEqualTo(orders.countCreatedBetween(shop, Instant.EPOCH, EVER).created())
			.isGreaterThan(50);
		assertThat(summary.agents()).isEqualTo(staff.inShop(shop).size()).isEqualTo(11);
	}

	@Test
	void opensTheTmallFlagshipWithItsCampaignsCouriersAndPolicies() {
		ShopId shop = shops.findByName(DemoShop.NAME).orElseThrow().id();
		assertThat(knowledge.promotions(shop)).extracting(p -> p.name()).contains("双11全球狂欢节", "双12预热");
		assertThat(knowledge.courierSetting(shop)).hasValueSatisfying(c -> {
			assertThat(c.defaultCourier()).isEqualTo("圆通");
			assertThat(c.reaches("圆通", "新疆")).isFalse();
		});
		assertThat(knowledge.policies(shop)).extracting(p -> p.code()).contains("SEVEN_DAY_RETURN", "WARRANTY");
	}

	@Test
	void givesTheAgentsTheStarterScriptLibrary() {
		List<ScriptGroup> groups = scripts.groups(summary.shopId());

		assertThat(groups).extracting(ScriptGroup::name).startsWith("问好", "库存", "尺寸规格", "议价").contains("物流查询");
		assertThat(groups.stream()
			.filter(group -> !List.of("催付", "询单未下单", "二次营销", "好评提醒", "售后回访", "留言回复").contains(group.name()))
			.mapToInt(group -> group.scripts().size())
			.sum()).isBetween(25, 40);
		assertThat(groups).filteredOn(group -> group.name().equals("催付"))
			.singleElement()
			.satisfies(reminders -> assertThat(reminders.scripts()).extracting(Script::code)
				.containsExactly("cf1", "cf2", "cf3", "cf4a", "cf4b"));
		assertThat(scripts.findByCode(summary.shopId(), "yj")).hasValueSatisfying(bargaining -> {
			assertThat(bargaining.groupName()).isEqualTo("议价");
			assertThat(bargaining.variants()).hasSize(3);
		});
		assertThat(scripts.suggest(summary.shopId(), "能便宜点吗", 3)).extracting(s -> s.script().code()).contains("yj");
	}

	@Test
	void letsEveryDemoAccountSignInWithTheDemoPassword() {
		for (String username : List.of("zhuguan", "peixun", "xiaomei", "xiaoyu", "xiaoqing", "xiaoyue", "xiaotang",
				"ajie", "aning", "dandan", "dianzhang")) {
			assertThat(staff.findByUsername(username)).isPresent();
			assertThat(passwords.matches(DemoShop.PASSWORD, accounts.loadUserByUsername(username).getPassword()))
				.as(username)
				.isTrue();
		}
	}

	@Test
	void storesFlaggedOrdersOfRealLampsAfterTheirBuyersChats() {
		long shop = summary.shopId().value();
		long buyer = jdbc.sql("select buyer_id from shop_order where shop_id = ? and flag = 'RED' order by id limit 1")
			.param(shop)
			.query(Long.class)
			.single();
		Order flagged = orders.ofBuyer(ShopId.of(shop), BuyerId.of(buyer)).get(0);
		Product lamp = products.find(flagged.items().get(0).productId()).orElseThrow();
		assertThat(lamp.skus()).anySatisfy(sku -> {
			assertThat(sku.id()).isEqualTo(flagged.items().get(0).skuId());
			assertThat(sku.price()).isEqualByComparingTo(flagged.items().get(0).unitPrice());
		});
		assertThat(flagged.remarks()).isNotEmpty();
		assertThat(flagged.receiver().phone()).matches("1\\d{2}\\*{4}\\d{4}");
		List<Message> thread = messages.thread(ShopId.of(shop), BuyerId.of(buyer));
		assertThat(thread).isNotEmpty()
			.allSatisfy(m -> assertThat(m.agentId() == null).isEqualTo(m.direction() == Direction.IN));
	}

	@Test
	void leavesAMorningOfFollowUpsAfterTheSaleInEveryState() {
		// the messages left overnight become tasks after their transaction, in the
		// background
		List<String> states = await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("""
					select kind || ' ' || status from followup_task
					where shop_id = ? and kind in ('REVIEW_REMINDER', 'AFTER_SALES_VISIT', 'OFFLINE_MESSAGE')
					group by kind, status order by 1
					""").param(summary.shopId().value()).query(String.class).list(),
					found -> found.contains("OFFLINE_MESSAGE OPEN"));

		// three days of history hold receipts, but few reminders fall due in them yet
		assertThat(states).contains("REVIEW_REMINDER OPEN", "AFTER_SALES_VISIT OPEN", "AFTER_SALES_VISIT DONE");
	}

	@Test
	void approvedLastMonthsPayAndBeganThisMonths() {
		// the demo of these tests ends on 22 November 2026
		YearMonth november = YearMonth.of(2026, 11);

		assertThat(appraisals.status(summary.shopId(), november.minusMonths(1))).isEqualTo(MonthStatus.APPROVED);
		assertThat(appraisals.events(summary.shopId(), november.minusMonths(1))).hasSize(2);
		assertThat(appraisals.status(summary.shopId(), november)).isEqualTo(MonthStatus.OPEN);
		assertThat(appraisals.sheet(summary.shopId(), november)).hasSize(1);
		MonthAppraisal month = appraisals.appraise(summary.shopId(), november);
		assertThat(month.agents()).hasSize(7);
		assertThat(month.agents()).allSatisfy(agent -> assertThat(agent.pay().total()).isPositive());
	}

	@Test
	void listsOneSuspectedCheatingForTheSupervisorToConfirm() {
		recompute.runQueued();

		List<SuspectedCheating> suspected = cheatingWatch.suspected(summary.shopId(), YearMonth.of(2026, 11));

		// the greetings and the night's away replies are not suspect: only the quiet
		// morning
		assertThat(suspected).singleElement().satisfies(suspect -> {
			assertThat(suspect.day()).isEqualTo(LocalDate.of(2026, 11, 21));
			assertThat(suspect.autoReplies()).isEqualTo(2);
			assertThat(suspect.fewestWaiting()).isLessThan(10);
		});
	}

	@Test
	void enrolsTheTraineeAsANoviceOnDayFourWhoReceivedBuyersOnlyFromDayThree() {
		ShopId shop = summary.shopId();
		Agent tang = staff.findByUsername("xiaotang").orElseThrow();
		Trainee trainee = trainees.ofAgent(tang.id()).orElseThrow();

		assertThat(trainee.hireClass()).isEqualTo(HireClass.NOVICE);
		assertThat(trainee.dayOn(LocalDate.of(2026, 11, 22))).isEqualTo(4);
		assertThat(trainee.mentor()).isEqualTo(staff.findByUsername("xiaomei").orElseThrow().id());
		assertThat(trainee.tasks()).filteredOn(task -> task.day() < 4 && task.kind() != TaskKind.QUIZ)
			.allMatch(TraineeTask::done);
		assertThat(trainee.tasks()).filteredOn(task -> task.kind() == TaskKind.QUIZ).noneMatch(TraineeTask::done);
		LocalDate firstReply = jdbc.sql(
				"select min((sent_at at time zone 'Asia/Shanghai')::date) from message where shop_id = ? and agent_id = ?")
			.params(shop.value(), tang.id().value())
			.query(LocalDate.class)
			.single();
		assertThat(firstReply).isEqualTo(LocalDate.of(2026, 11, 21));
	}

	@Test
	void theTraineeTookTwoTypingTestsAndPassedTheSecond() {
		Agent trainee = staff.findByUsername("xiaotang").orElseThrow();

		List<TypingAttempt> attempts = typingTests.of(summary.shopId(), trainee.id(), 10);

		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(0).passed()).as("the later attempt").isTrue();
		assertThat(attempts.get(1).passed()).isFalse();
		assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.voided()).isNull());
		assertThat(appraisals.cheating(summary.shopId(), YearMonth.of(2026, 11)))
			.anySatisfy(record -> assertThat(record.note()).contains("打字测试"));
	}

	@Test
	void theTraineeFailedTheProductQuizSoItsTaskIsOpen() {
		Agent tang = staff.findByUsername("xiaotang").orElseThrow();
		Trainee trainee = trainees.ofAgent(tang.id()).orElseThrow();

		List<Quiz> taken = quizzes.ofTrainee(trainee.id());

		assertThat(taken).singleElement().satisfies(quiz -> {
			assertThat(quiz.answered()).isTrue();
			assertThat(quiz.total()).isEqualTo(10);
			assertThat(quiz.percent()).isEqualTo(60).isLessThan(Quizzes.PASS_PERCENT);
			assertThat(quiz.passed()).isFalse();
			assertThat(quiz.questions()).filteredOn(question -> !question.correct())
				.allMatch(question -> question.question().source().productId() != null);
		});
		assertThat(quizzes.questionResults(summary.shopId())).hasSize(10);
	}

	@Test
	void publishedLastMonthsRosterAndDraftedThisMonthsForEveryAgent() {
		ShopId shop = summary.shopId();
		YearMonth november = YearMonth.of(2026, 11);

		RosterSheet october = rosters.published(shop, november.minusMonths(1));
		assertThat(october.status()).isEqualTo(RosterSheet.Status.PUBLISHED);
		assertThat(october.agents()).hasSize(7);
		assertThat(october.cells()).hasSize(7 * 31);
		assertThat(rosters.draft(shop, november.minusMonths(1)).status()).isEqualTo(RosterSheet.Status.PUBLISHED);

		RosterSheet draft = rosters.draft(shop, november);
		assertThat(draft.status()).isEqualTo(RosterSheet.Status.DRAFT);
		assertThat(draft.agents()).hasSize(7)
			.allSatisfy(
					agent -> assertThat(draft.cells()).filteredOn(cell -> cell.agent().equals(agent.id())).hasSize(30));
		assertThat(draft.score()).startsWith("0hard/");
		assertThat(draft.violations()).noneMatch(violation -> violation.level() == RosterViolation.Level.HARD);
		assertThat(rosters.published(shop, november).status()).isEqualTo(RosterSheet.Status.NONE);

		AgentId ajie = staff.findByUsername("ajie").orElseThrow().id();
		assertThat(draft.cells()).filteredOn(cell -> cell.agent().equals(ajie) && cell.day().getDayOfMonth() == 12)
			.singleElement()
			.satisfies(cell -> assertThat(cell.shift()).as("阿杰's approved leave").isNull());
		assertThat(jdbc.sql("select status from roster_leave where shop_id = ? order by first_day")
			.param(shop.value())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("APPROVED", "REQUESTED");
		assertThat(jdbc.sql("select count(*) from roster_day_off_wish where shop_id = ?")
			.param(shop.value())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void refusesASecondDemoShop() {
		assertThatIllegalStateException()
			.isThrownBy(() -> demo.generate(new DemoVolume(1, 1, 1, LocalDate.of(2026, 11, 22))))
			.withMessageContaining(DemoShop.NAME);
	}

	@Test
	void theSupervisorHasSetTargetsSoThatFiguresReadAgainstThem() {
		ShopId shop = shops.findByName(DemoShop.NAME).orElseThrow().id();
		assertThat(figures.settings(shop).targets()).satisfies(targets -> {
			assertThat(targets.weeklyInquiryConversion()).isNotNull();
			assertThat(targets.averageResponseSeconds()).isNotNull();
			assertThat(targets.monthlySalesPerAgent()).isNotNull();
		});
	}

}
