package io.kefu.training;

import java.time.Instant;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A quiz given to a trainee: its questions frozen as they were shown (text, options,
 * right option, source), and once answered when and what the trainee chose.
 */
public record Quiz(long id, ShopId shop, long traineeId, AgentId agent, @Nullable AgentId createdBy, Instant createdAt,
		@Nullable Instant answeredAt, List<Question> questions) {

	public Quiz {
		questions = List.copyOf(questions);
	}

	public boolean answered() {
		return answeredAt != null;
	}

	public int total() {
		return questions.size();
	}

	/** Questions answered right; 0 until answered. */
	public int correct() {
		return (int) questions.stream().filter(Question::correct).count();
	}

	/** The score in whole percent, rounded down so nobody reaches a mark they missed. */
	public int percent() {
		return total() == 0 ? 0 : correct() * 100 / total();
	}

	/** Answered at {@value Quizzes#PASS_PERCENT}% or more. */
	public boolean passed() {
		return answered() && percent() >= Quizzes.PASS_PERCENT;
	}

	/**
	 * A question as shown in the quiz, and the option the trainee chose (null until
	 * answered, or when they left it out).
	 */
	public record Question(long id, QuizQuestion question, @Nullable Integer chosen) {

		public boolean correct() {
			return chosen != null && chosen == question.right();
		}

	}

}
