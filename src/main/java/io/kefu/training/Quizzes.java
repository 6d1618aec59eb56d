package io.kefu.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * Quizzes built from the shop's catalogue (issue 16), and the trainer's question bank. A
 * quiz freezes its questions as drawn, so it is scored against what the trainee saw,
 * while the bank builds questions afresh from the current catalogue each time.
 */
public interface Quizzes {

	/**
	 * The pass mark: 80% of the questions right (seed 000 asks for a basic product test).
	 */
	int PASS_PERCENT = 80;

	/** Questions a quiz has unless asked otherwise. */
	int DEFAULT_COUNT = 10;

	/** The most questions a quiz has. */
	int MAX_COUNT = 50;

	/**
	 * Draws up to {@code count} questions (fewer when the shop gives fewer) for the
	 * trainee.
	 * @throws TrainingStateException when the trainee's training has ended
	 * @throws QuizClosedException when the shop gives no questions at all
	 */
	Quiz create(Trainee trainee, int count, AgentId by, Instant at);

	Optional<Quiz> find(long id);

	/**
	 * Scores the trainee's answers (question id → option index) against the questions as
	 * shown; a question left out counts as missed. A passed quiz ticks the trainee's
	 * first open quiz task.
	 * @throws IllegalArgumentException naming {@code answers} for a question not of the
	 * quiz or an option it does not have
	 * @throws QuizClosedException when the quiz was answered already
	 */
	Quiz answer(long id, Map<Long, Integer> answers, Instant at);

	/** The trainee's quizzes, newest first. */
	List<Quiz> ofTrainee(long traineeId);

	/** The shop's quizzes, newest first. */
	List<Quiz> inShop(ShopId shop);

	/** Per question key, how the shop's answered quizzes fared: the most missed first. */
	List<QuestionResult> questionResults(ShopId shop);

	/** Every question the shop's bank holds now: generated ones, then the trainer's. */
	List<BankQuestion> bank(ShopId shop);

	BankQuestion author(ShopId shop, QuestionDraft draft, @Nullable AgentId by, Instant at);

	/**
	 * @throws QuizNotFoundException when the shop has no such question of the trainer's
	 */
	BankQuestion revise(ShopId shop, long authoredId, QuestionDraft draft);

	/**
	 * Retires a question (it is no longer drawn) or brings it back.
	 * @throws QuizNotFoundException when the bank has no question of that key
	 */
	BankQuestion retire(ShopId shop, String key, boolean retired, @Nullable AgentId by, Instant at);

}
