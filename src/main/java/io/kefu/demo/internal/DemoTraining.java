package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.training.Enrolment;
import io.kefu.training.HireClass;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeTask;
import io.kefu.training.Trainees;

import org.springframework.stereotype.Component;

/**
 * The demo's trainee: 小糖, a novice on day 4 of the five-day plan with 小美 as mentor, the
 * tasks of the first three days ticked as she did them except the product quiz, which she
 * failed ({@link DemoQuiz}).
 */
@Component
class DemoTraining {

	private static final LocalTime END_OF_TRAINING_DAY = LocalTime.of(17, 0);

	private final Trainees trainees;

	private final Staff staff;

	DemoTraining(Trainees trainees, Staff staff) {
		this.trainees = trainees;
		this.staff = staff;
	}

	Trainee enrol(Shop shop, LocalDate lastDay, Instant now) {
		List<Agent> agents = staff.inShop(shop.id());
		Agent trainee = byUsername(agents, "xiaotang");
		Trainee enrolled = trainees.enrol(shop.id(), new Enrolment(trainee.id(), HireClass.NOVICE,
				DemoStaff.trainingStart(lastDay), byUsername(agents, "xiaomei").id()));
		for (TraineeTask task : enrolled.tasks()) {
			if (task.day() < DemoStaff.TRAINING_DAY && task.kind() != TaskKind.QUIZ && !task.kind().trainersTask()) {
				Instant done = shop.startOf(enrolled.start().plusDays(task.day() - 1L))
					.plusSeconds(END_OF_TRAINING_DAY.toSecondOfDay() - shop.daySplit().toSecondOfDay());
				enrolled = trainees.mark(enrolled.id(), task.id(), true, trainee.id(), done.isAfter(now) ? now : done);
			}
		}
		return enrolled;
	}

	private static Agent byUsername(List<Agent> agents, String username) {
		return agents.stream().filter(agent -> username.equals(agent.username())).findFirst().orElseThrow();
	}

}
