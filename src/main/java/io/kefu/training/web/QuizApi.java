package io.kefu.training.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.training.BankQuestion;
import io.kefu.training.QuestionDraft;
import io.kefu.training.QuestionResult;
import io.kefu.training.QuestionSource;
import io.kefu.training.Quiz;
import io.kefu.training.QuizNotFoundException;
import io.kefu.training.QuizQuestion;
import io.kefu.training.Quizzes;
import io.kefu.training.Trainee;
import io.kefu.training.Trainees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quizzes over HTTP: a trainee is given a quiz of questions from the shop's catalogue and
 * answers it once; the answer shows the score and, per question, the right option and its
 * source. The trainer keeps the question bank and reads the results per trainee and per
 * question.
 */
@RestController
class QuizApi {

	private final Quizzes quizzes;

	private final Trainees trainees;

	private final Clock clock;

	QuizApi(Quizzes quizzes, Trainees trainees, Clock clock) {
		this.quizzes = quizzes;
		this.trainees = trainees;
		this.clock = clock;
	}

	@PostMapping("/api/v1/shops/{shopId}/quizzes")
	@ResponseStatus(HttpStatus.CREATED)
	QuizView create(@PathVariable long shopId, @RequestBody CreateBody body, Caller caller) {
		caller.requireShop(shopId);
		int count = body.count() == null ? Quizzes.DEFAULT_COUNT : body.count();
		if (count < 1 || count > Quizzes.MAX_COUNT) {
			throw new IllegalArgumentException("count: 1–" + Quizzes.MAX_COUNT + " questions, not " + count);
		}
		Trainee trainee = traineeFor(shopId, body.trainee(), caller);
		if (!QuizRoles.gives(caller, trainee)) {
			throw new AccessDeniedException("Only the trainer, supervisors and the trainee give a trainee a quiz");
		}
		int fewest = QuizRoles.fewestQuestions(caller, shopId);
		if (count < fewest) {
			throw new IllegalArgumentException("count: a quiz you give yourself has " + fewest + " to "
					+ Quizzes.MAX_COUNT + " questions, not " + count);
		}
		return QuizView.of(quizzes.create(trainee, count, AgentId.of(caller.agentId()), clock.instant()));
	}

	/** The named trainee of the shop, or the caller's own training when none is named. */
	private Trainee traineeFor(long shopId, @Nullable Long id, Caller caller) {
		if (id == null) {
			return trainees.ofAgent(AgentId.of(caller.agentId()))
				.filter(own -> own.shop().value() == shopId)
				.orElseThrow(() -> new IllegalArgumentException("trainee: name the trainee (their id)"));
		}
		return trainees.find(id)
			.filter(found -> found.shop().value() == shopId)
			.orElseThrow(() -> new TraineeNotFoundException("Shop " + shopId + " has no trainee " + id));
	}

	@GetMapping("/api/v1/quizzes/{id}")
	QuizView quiz(@PathVariable long id, Caller caller) {
		return QuizView.of(readable(id, caller));
	}

	@PostMapping("/api/v1/quizzes/{id}/answers")
	QuizView answer(@PathVariable long id, @Valid @RequestBody AnswersBody body, Caller caller) {
		Quiz quiz = readable(id, caller);
		if (!QuizRoles.answers(caller, quiz)) {
			throw new AccessDeniedException("Only the trainee answers their quiz");
		}
		return QuizView.of(quizzes.answer(id, answers(body.answers()), clock.instant()));
	}

	static Map<Long, Integer> answers(List<AnswerBody> answers) {
		Map<Long, Integer> chosen = new HashMap<>();
		for (AnswerBody answer : answers) {
			if (chosen.put(answer.questionId(), answer.option()) != null) {
				throw new IllegalArgumentException("answers: question " + answer.questionId() + " answered twice");
			}
		}
		return chosen;
	}

	/**
	 * The quiz, when the caller may read it: the trainer, supervisors, the trainee and
	 * their mentor; another shop's quiz is as unknown as none.
	 */
	private Quiz readable(long id, Caller caller) {
		Quiz quiz = quizzes.find(id)
			.filter(found -> caller.isAdmin() || caller.worksIn(found.shop().value()))
			.orElseThrow(() -> new QuizNotFoundException("No quiz " + id));
		Trainee trainee = trainees.find(quiz.traineeId()).orElseThrow();
		if (!TrainingRoles.reads(caller, trainee)) {
			throw new AccessDeniedException("Only the trainer, a supervisor, the trainee and their mentor read this");
		}
		return quiz;
	}

	@GetMapping("/api/v1/shops/{shopId}/quiz-results")
	QuizResults results(@PathVariable long shopId, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		ShopId shop = ShopId.of(shopId);
		return new QuizResults(Quizzes.PASS_PERCENT, quizzes.inShop(shop).stream().map(QuizView::of).toList(),
				quizzes.questionResults(shop).stream().map(ResultView::of).toList());
	}

	@GetMapping("/api/v1/shops/{shopId}/quiz-questions")
	List<BankView> bank(@PathVariable long shopId, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		return quizzes.bank(ShopId.of(shopId)).stream().map(BankView::of).toList();
	}

	@PostMapping("/api/v1/shops/{shopId}/quiz-questions")
	@ResponseStatus(HttpStatus.CREATED)
	BankView author(@PathVariable long shopId, @Valid @RequestBody QuestionBody body, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		return BankView
			.of(quizzes.author(ShopId.of(shopId), body.draft(), AgentId.of(caller.agentId()), clock.instant()));
	}

	@PutMapping("/api/v1/shops/{shopId}/quiz-questions/{id}")
	BankView revise(@PathVariable long shopId, @PathVariable long id, @Valid @RequestBody QuestionBody body,
			Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		return BankView.of(quizzes.revise(ShopId.of(shopId), id, body.draft()));
	}

	@PostMapping("/api/v1/shops/{shopId}/quiz-questions/retirement")
	BankView retire(@PathVariable long shopId, @Valid @RequestBody RetireBody body, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		return BankView.of(quizzes.retire(ShopId.of(shopId), body.key(), body.retired(), AgentId.of(caller.agentId()),
				clock.instant()));
	}

	record CreateBody(@Nullable Long trainee, @Nullable Integer count) {
	}

	record AnswersBody(@NotNull @Size(max = Quizzes.MAX_COUNT) List<@NotNull @Valid AnswerBody> answers) {
	}

	record AnswerBody(@NotNull Long questionId, @NotNull @PositiveOrZero Integer option) {
	}

	record QuestionBody(@NotBlank @Size(max = 500) String text,
			@NotNull @Size(min = QuestionDraft.MIN_OPTIONS,
					max = QuestionDraft.MAX_OPTIONS) List<@NotBlank @Size(max = 300) String> options,
			@NotNull @PositiveOrZero Integer right) {

		QuestionDraft draft() {
			return new QuestionDraft(text, options, right);
		}

	}

	record RetireBody(@NotBlank @Size(max = 300) String key, @NotNull Boolean retired) {
	}

	record SourceView(@Nullable Long productId, @Nullable String product, String field, QuestionSource.Topic topic) {

		static SourceView of(QuestionSource source) {
			return new SourceView(source.productId(), source.product(), source.field(), source.topic());
		}

	}

	/**
	 * A quiz: before it is answered its questions' text and options only; after, the
	 * score, and per question the option chosen, the right one and its source.
	 */
	record QuizView(long id, long trainee, boolean answered, int total, @Nullable Integer correct,
			@Nullable Integer percent, @Nullable Boolean passed, int passMark, List<QuestionView> questions) {

		static QuizView of(Quiz quiz) {
			boolean answered = quiz.answered();
			return new QuizView(quiz.id(), quiz.traineeId(), answered, quiz.total(), answered ? quiz.correct() : null,
					answered ? quiz.percent() : null, answered ? quiz.passed() : null, Quizzes.PASS_PERCENT,
					quiz.questions().stream().map(question -> QuestionView.of(question, answered)).toList());
		}

	}

	record QuestionView(long id, String text, List<String> options, @Nullable Integer chosen, @Nullable Integer right,
			@Nullable Boolean correct, @Nullable String rightAnswer, @Nullable SourceView source) {

		static QuestionView of(Quiz.Question question, boolean answered) {
			QuizQuestion shown = question.question();
			if (!answered) {
				return new QuestionView(question.id(), shown.text(), shown.options(), null, null, null, null, null);
			}
			return new QuestionView(question.id(), shown.text(), shown.options(), question.chosen(), shown.right(),
					question.correct(), shown.rightAnswer(), SourceView.of(shown.source()));
		}

	}

	record ResultView(String key, String text, SourceView source, int asked, int missed, int missedPercent) {

		static ResultView of(QuestionResult result) {
			return new ResultView(result.key(), result.text(), SourceView.of(result.source()), result.asked(),
					result.missed(), result.missedPercent());
		}

	}

	record QuizResults(int passMark, List<QuizView> quizzes, List<ResultView> questions) {
	}

	record BankView(String key, @Nullable Long id, String text, List<String> options, int right, SourceView source,
			boolean retired) {

		static BankView of(BankQuestion question) {
			QuizQuestion shown = question.question();
			return new BankView(shown.key(), question.authoredId(), shown.text(), shown.options(), shown.right(),
					SourceView.of(shown.source()), question.retired());
		}

	}

}
