package io.kefu.training.web;

import io.kefu.access.Caller;
import io.kefu.training.Quiz;
import io.kefu.training.Quizzes;
import io.kefu.training.Trainee;

/**
 * Who acts on quizzes: the trainer and supervisors give any trainee of the shop a quiz,
 * read every result and keep the question bank; a trainee gives themself a quiz and
 * answers their own, once; their mentor reads their results.
 */
final class QuizRoles {

	private QuizRoles() {
	}

	static boolean gives(Caller caller, Trainee trainee) {
		return TrainingRoles.trains(caller, trainee.shop().value()) || takes(caller, trainee);
	}

	static boolean takes(Caller caller, Trainee trainee) {
		return caller.worksIn(trainee.shop().value()) && caller.agentId() == trainee.agent().value();
	}

	/**
	 * The fewest questions the caller may give: any number for the trainer, a whole quiz
	 * for a trainee giving themself one (a one-question quiz is a guess that would tick
	 * the plan's quiz task).
	 */
	static int fewestQuestions(Caller caller, long shopId) {
		return TrainingRoles.trains(caller, shopId) ? 1 : Quizzes.DEFAULT_COUNT;
	}

	static boolean answers(Caller caller, Quiz quiz) {
		return caller.agentId() == quiz.agent().value();
	}

}
