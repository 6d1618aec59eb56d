package io.kefu.training;

import java.time.LocalDate;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The hire classes' default plans follow seed 000 客服的培训流程, and a trainee's day and what
 * they are behind on follow from their start.
 */
class TrainingPlanUnitTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	@Test
	void eachHireClassHasTheSeedsNumberOfDays() {
		assertThat(TrainingPlan.defaultFor(HireClass.NOVICE).length()).isEqualTo(5);
		assertThat(TrainingPlan.defaultFor(HireClass.EXPERIENCED).length()).isEqualTo(3);
		assertThat(TrainingPlan.defaultFor(HireClass.AFTER_SALES).length()).isEqualTo(6);
	}

	@Test
	void aNoviceIsTestedOnDayTwoReceivesBuyersFromDayThreeAndMeetsTheMysteryShopperOnDayFive() {
		TrainingPlan plan = TrainingPlan.defaultFor(HireClass.NOVICE);

		assertThat(kinds(plan, 2)).contains(TaskKind.QUIZ);
		assertThat(kinds(plan, 3)).contains(TaskKind.SUPERVISED_RECEPTION);
		assertThat(kinds(plan, 1)).doesNotContain(TaskKind.SUPERVISED_RECEPTION);
		assertThat(kinds(plan, 2)).doesNotContain(TaskKind.SUPERVISED_RECEPTION);
		assertThat(kinds(plan, 4)).contains(TaskKind.TRANSCRIPT_REVIEW);
		assertThat(kinds(plan, 5)).containsExactly(TaskKind.MYSTERY_SHOPPER, TaskKind.CERTIFICATION);
	}

	@Test
	void anAfterSalesHireReceivesBuyersOnlyOnDaySix() {
		TrainingPlan plan = TrainingPlan.defaultFor(HireClass.AFTER_SALES);

		for (int day = 1; day <= 5; day++) {
			assertThat(kinds(plan, day)).doesNotContain(TaskKind.SUPERVISED_RECEPTION);
		}
		assertThat(kinds(plan, 6)).contains(TaskKind.SUPERVISED_RECEPTION, TaskKind.CERTIFICATION);
	}

	@Test
	void aPlanWhoseDaysDoNotRunFromOneIsRefused() {
		PlanDay second = new PlanDay(2, List.of(new PlannedTask(TaskKind.READ, "规则")));

		assertThatIllegalArgumentException().isThrownBy(() -> new TrainingPlan(HireClass.NOVICE, List.of(second)));
	}

	@Test
	void theStartDayIsDayOneAndTheDayBeforeIsNone() {
		Trainee trainee = trainee(MONDAY, List.of());

		assertThat(trainee.dayOn(MONDAY.minusDays(1))).isZero();
		assertThat(trainee.dayOn(MONDAY)).isEqualTo(1);
		assertThat(trainee.dayOn(MONDAY.plusDays(3))).isEqualTo(4);
	}

	@Test
	void tasksOfEarlierDaysNotDoneAreBehindAndTodaysAreNot() {
		Trainee trainee = trainee(MONDAY,
				List.of(task(1, 1, true), task(2, 1, false), task(3, 2, false), task(4, 3, false)));

		assertThat(trainee.behind(MONDAY.plusDays(2))).extracting(TraineeTask::id).containsExactly(2L, 3L);
		assertThat(trainee.behind(MONDAY)).isEmpty();
		assertThat(trainee.done()).isEqualTo(1);
		assertThat(trainee.length()).isEqualTo(3);
	}

	@Test
	void aTraineeReceivesBuyersFromTheFirstSupervisedDayOnlyWithAMentorAndWhileInTraining() {
		List<TraineeTask> tasks = List.of(task(1, 1, false),
				new TraineeTask(2, 3, TaskKind.SUPERVISED_RECEPTION, "跟岗接待", false, null, null));
		Trainee mentored = new Trainee(1, ShopId.of(1), AgentId.of(7), HireClass.NOVICE, MONDAY, AgentId.of(8),
				TraineeStatus.IN_TRAINING, tasks);

		assertThat(mentored.supervisedFrom()).hasValue(3);
		assertThat(mentored.receivesOn(MONDAY.plusDays(1))).as("day 2").isFalse();
		assertThat(mentored.receivesOn(MONDAY.plusDays(2))).as("day 3").isTrue();
		assertThat(mentored.receivesOn(MONDAY.plusDays(9))).as("past the plan, still in training").isTrue();
		assertThat(trainee(MONDAY, tasks).receivesOn(MONDAY.plusDays(2))).as("no mentor").isFalse();
		assertThat(new Trainee(1, ShopId.of(1), AgentId.of(7), HireClass.NOVICE, MONDAY, AgentId.of(8),
				TraineeStatus.CERTIFIED, tasks)
			.receivesOn(MONDAY.plusDays(2))).as("certified: receives as any agent, not as a trainee").isFalse();
		assertThat(trainee(MONDAY, List.of(task(1, 1, false))).supervisedFrom()).isEmpty();
	}

	private static List<TaskKind> kinds(TrainingPlan plan, int day) {
		return plan.days().get(day - 1).tasks().stream().map(PlannedTask::kind).toList();
	}

	private static Trainee trainee(LocalDate start, List<TraineeTask> tasks) {
		return new Trainee(1, ShopId.of(1), AgentId.of(7), HireClass.NOVICE, start, null, TraineeStatus.IN_TRAINING,
				tasks);
	}

	private static TraineeTask task(long id, int day, boolean done) {
		return new TraineeTask(id, day, TaskKind.READ, "学习", done, done ? java.time.Instant.EPOCH : null,
				done ? AgentId.of(7) : null);
	}

}
