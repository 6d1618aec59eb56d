package io.kefu.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import io.kefu.shop.Shop;
import io.kefu.training.Quiz;
import io.kefu.training.Quizzes;
import io.kefu.training.Trainee;

import org.springframework.stereotype.Component;

/**
 * The demo trainee's product quiz: 小糖 took it at the end of day 2 and missed the pass
 * mark — she got the scripts and policies right but not enough of the lamps' parameters
 * and prices — so the plan's quiz task stays open, as the plan shows.
 */
@Component
class DemoQuiz {

	/** Of ten questions she gets six right: 60%, below the pass mark. */
	static final int QUESTIONS = 10;

	static final int MISSED = 4;

	private static final LocalTime GIVEN = LocalTime.of(15, 30);

	private final Quizzes quizzes;

	DemoQuiz(Quizzes quizzes) {
		this.quizzes = quizzes;
	}

	Quiz take(Shop shop, Trainee trainee, Instant now) {
		Instant given = shop.startOf(trainee.start().plusDays(1))
			.plusSeconds(GIVEN.toSecondOfDay() - shop.daySplit().toSecondOfDay());
		if (given.isAfter(now)) {
			given = now.minus(Duration.ofMinutes(20));
		}
		Quiz quiz = quizzes.create(trainee, QUESTIONS, trainee.agent(), given);
		Map<Long, Integer> answers = new HashMap<>();
		int missed = 0;
		// the product questions are the ones she misses, the rest she gets right
		for (Quiz.Question question : quiz.questions()) {
			int right = question.question().right();
			boolean product = question.question().source().productId() != null;
			if (product && missed < MISSED) {
				answers.put(question.id(), (right + 1) % question.question().options().size());
				missed++;
			}
			else {
				answers.put(question.id(), right);
			}
		}
		for (Quiz.Question question : quiz.questions()) {
			// too few product questions drawn: miss others until below the pass mark
			if (missed < MISSED && answers.get(question.id()) == question.question().right()) {
				answers.put(question.id(), (question.question().right() + 1) % question.question().options().size());
				missed++;
			}
		}
		return quizzes.answer(quiz.id(), answers, given.plus(Duration.ofMinutes(12)));
	}

}
