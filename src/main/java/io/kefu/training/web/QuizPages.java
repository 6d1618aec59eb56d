package io.kefu.training.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.BankQuestion;
import io.kefu.training.QuestionDraft;
import io.kefu.training.QuestionSource;
import io.kefu.training.Quiz;
import io.kefu.training.QuizClosedException;
import io.kefu.training.QuizNotFoundException;
import io.kefu.training.Quizzes;
import io.kefu.training.Trainee;
import io.kefu.training.Trainees;
import io.kefu.training.TrainingStateException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quiz pages: a trainee's quizzes (reached from the plan's quiz task) where a quiz is
 * started, the quiz itself — answered once by the trainee, then showing the score and per
 * question the right answer and its source — the trainer's results per trainee and per
 * question, and the trainer's question bank.
 */
@Controller
class QuizPages {

	private final Quizzes quizzes;

	private final Trainees trainees;

	private final Staff staff;

	private final Clock clock;

	QuizPages(Quizzes quizzes, Trainees trainees, Staff staff, Clock clock) {
		this.quizzes = quizzes;
		this.trainees = trainees;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/training/trainees/{id}/quizzes")
	String traineesQuizzes(@PathVariable long shopId, @PathVariable long id, Caller caller, Model model) {
		Trainee trainee = readable(shopId, id, caller);
		model.addAttribute("trainee", trainee);
		model.addAttribute("who", name(trainee.shop(), trainee.agent()));
		model.addAttribute("quizzes", quizzes.ofTrainee(id));
		model.addAttribute("gives", QuizRoles.gives(caller, trainee) && !trainee.status().ended());
		model.addAttribute("trains", TrainingRoles.trains(caller, shopId));
		model.addAttribute("passMark", Quizzes.PASS_PERCENT);
		model.addAttribute("defaultCount", Quizzes.DEFAULT_COUNT);
		model.addAttribute("maxCount", Quizzes.MAX_COUNT);
		model.addAttribute("fewestCount", QuizRoles.fewestQuestions(caller, shopId));
		return "training/quizzes";
	}

	@PostMapping("/shops/{shopId}/training/trainees/{id}/quizzes")
	String create(@PathVariable long shopId, @PathVariable long id,
			@RequestParam(required = false) @Nullable Integer count, Caller caller, RedirectAttributes redirect) {
		Trainee trainee = readable(shopId, id, caller);
		if (!QuizRoles.gives(caller, trainee)) {
			throw new AccessDeniedException("Only the trainer, supervisors and the trainee give a quiz");
		}
		int questions = count == null ? Quizzes.DEFAULT_COUNT : count;
		String back = "redirect:/shops/" + shopId + "/training/trainees/" + id + "/quizzes";
		if (questions < QuizRoles.fewestQuestions(caller, shopId) || questions > Quizzes.MAX_COUNT) {
			redirect.addFlashAttribute("problem", "quiz.count.invalid");
			return back;
		}
		try {
			Quiz quiz = quizzes.create(trainee, questions, AgentId.of(caller.agentId()), clock.instant());
			return "redirect:/shops/" + shopId + "/training/quizzes/" + quiz.id();
		}
		catch (QuizClosedException ex) {
			redirect.addFlashAttribute("problem", "quiz.noQuestions");
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "training.ended");
		}
		return back;
	}

	@GetMapping("/shops/{shopId}/training/quizzes/{quizId}")
	String quiz(@PathVariable long shopId, @PathVariable long quizId, Caller caller, Model model) {
		Quiz quiz = readableQuiz(shopId, quizId, caller);
		Trainee trainee = trainees.find(quiz.traineeId()).orElseThrow();
		model.addAttribute("quiz", quiz);
		model.addAttribute("trainee", trainee);
		model.addAttribute("who", name(quiz.shop(), quiz.agent()));
		model.addAttribute("answers", QuizRoles.answers(caller, quiz) && !quiz.answered());
		model.addAttribute("passMark", Quizzes.PASS_PERCENT);
		return "training/quiz";
	}

	@PostMapping("/shops/{shopId}/training/quizzes/{quizId}")
	String answer(@PathVariable long shopId, @PathVariable long quizId, @RequestParam Map<String, String> form,
			Caller caller, RedirectAttributes redirect) {
		Quiz quiz = readableQuiz(shopId, quizId, caller);
		if (!QuizRoles.answers(caller, quiz)) {
			throw new AccessDeniedException("Only the trainee answers their quiz");
		}
		Map<Long, Integer> answers = new HashMap<>();
		for (Quiz.Question question : quiz.questions()) {
			String chosen = form.get("q" + question.id());
			if (chosen != null && !chosen.isBlank()) {
				try {
					answers.put(question.id(), Integer.valueOf(chosen.strip()));
				}
				catch (NumberFormatException ex) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q" + question.id() + ": an option");
				}
			}
		}
		try {
			quizzes.answer(quizId, answers, clock.instant());
		}
		catch (QuizClosedException ex) {
			redirect.addFlashAttribute("problem", "quiz.answeredAlready");
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		return "redirect:/shops/" + shopId + "/training/quizzes/" + quizId;
	}

	@GetMapping("/shops/{shopId}/training/quiz-results")
	String results(@PathVariable long shopId, Caller caller, Model model) {
		TrainingRoles.requireTrainer(caller, shopId);
		ShopId shop = ShopId.of(shopId);
		List<Quiz> all = quizzes.inShop(shop);
		Map<Long, Trainee> byId = trainees.inShop(shop)
			.stream()
			.collect(Collectors.toMap(Trainee::id, Function.identity()));
		Map<AgentId, Agent> agents = agents(shop);
		model.addAttribute("byTrainee",
				all.stream()
					.filter(Quiz::answered)
					.collect(Collectors.groupingBy(Quiz::traineeId, LinkedHashMap::new, Collectors.toList()))
					.entrySet()
					.stream()
					.map(entry -> {
						Trainee trainee = byId.get(entry.getKey());
						Agent who = trainee == null ? null : agents.get(trainee.agent());
						return new TraineeResults(entry.getKey(),
								who == null ? Long.toString(entry.getKey()) : who.displayName(), entry.getValue());
					})
					.toList());
		model.addAttribute("questions", quizzes.questionResults(shop));
		model.addAttribute("passMark", Quizzes.PASS_PERCENT);
		return "training/quiz-results";
	}

	@GetMapping("/shops/{shopId}/training/quiz-questions")
	String bank(@PathVariable long shopId, @RequestParam(required = false) @Nullable String topic, Caller caller,
			Model model) {
		TrainingRoles.requireTrainer(caller, shopId);
		List<BankQuestion> bank = quizzes.bank(ShopId.of(shopId));
		// a shop's bank runs to hundreds of questions: the trainer reads it a topic at a
		// time
		Map<QuestionSource.Topic, Long> topics = new EnumMap<>(QuestionSource.Topic.class);
		bank.forEach(question -> topics.merge(question.question().source().topic(), 1L, Long::sum));
		QuestionSource.Topic shown = Arrays.stream(QuestionSource.Topic.values())
			.filter(each -> each.name().equals(topic))
			.findFirst()
			.orElse(null);
		model.addAttribute("topics", topics);
		model.addAttribute("topic", shown);
		model.addAttribute("total", bank.size());
		model.addAttribute("bank",
				bank.stream()
					.filter(question -> shown == null || question.question().source().topic() == shown)
					.map(BankRow::new)
					.toList());
		return "training/quiz-bank";
	}

	@PostMapping("/shops/{shopId}/training/quiz-questions")
	String author(@PathVariable long shopId, @RequestParam String text, @RequestParam String options,
			@RequestParam(defaultValue = "1") int right, Caller caller, RedirectAttributes redirect) {
		TrainingRoles.requireTrainer(caller, shopId);
		try {
			quizzes.author(ShopId.of(shopId), draft(text, options, right), AgentId.of(caller.agentId()),
					clock.instant());
			redirect.addFlashAttribute("done", "quiz.bank.added");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "quiz.bank.invalid");
		}
		return "redirect:/shops/" + shopId + "/training/quiz-questions";
	}

	@PostMapping("/shops/{shopId}/training/quiz-questions/{id}")
	String revise(@PathVariable long shopId, @PathVariable long id, @RequestParam String text,
			@RequestParam String options, @RequestParam(defaultValue = "1") int right, Caller caller,
			RedirectAttributes redirect) {
		TrainingRoles.requireTrainer(caller, shopId);
		try {
			quizzes.revise(ShopId.of(shopId), id, draft(text, options, right));
			redirect.addFlashAttribute("done", "quiz.bank.saved");
		}
		catch (QuizNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "quiz.bank.invalid");
		}
		return "redirect:/shops/" + shopId + "/training/quiz-questions#trainer-" + id;
	}

	@PostMapping("/shops/{shopId}/training/quiz-questions/retirement")
	String retire(@PathVariable long shopId, @RequestParam String key, @RequestParam boolean retired,
			@RequestParam(required = false) @Nullable String topic, Caller caller, RedirectAttributes redirect) {
		TrainingRoles.requireTrainer(caller, shopId);
		try {
			quizzes.retire(ShopId.of(shopId), key, retired, AgentId.of(caller.agentId()), clock.instant());
			redirect.addFlashAttribute("done", retired ? "quiz.bank.retired" : "quiz.bank.restored");
		}
		catch (QuizNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		if (topic != null && topic.matches("[A-Z_]{1,20}")) {
			redirect.addAttribute("topic", topic);
		}
		return "redirect:/shops/" + shopId + "/training/quiz-questions";
	}

	/**
	 * The trainer's question from the form: options one a line, the right one counted
	 * from 1 as people count.
	 */
	private static QuestionDraft draft(String text, String options, int right) {
		List<String> lines = options.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		return new QuestionDraft(text, lines, right - 1);
	}

	private Trainee readable(long shopId, long id, Caller caller) {
		caller.requireShop(shopId);
		Trainee trainee = trainees.find(id)
			.filter(found -> found.shop().value() == shopId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No trainee " + id));
		if (!TrainingRoles.reads(caller, trainee)) {
			throw new AccessDeniedException("Only the trainer, a supervisor, the trainee and their mentor read this");
		}
		return trainee;
	}

	private Quiz readableQuiz(long shopId, long quizId, Caller caller) {
		caller.requireShop(shopId);
		Quiz quiz = quizzes.find(quizId)
			.filter(found -> found.shop().value() == shopId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No quiz " + quizId));
		readable(shopId, quiz.traineeId(), caller);
		return quiz;
	}

	private String name(ShopId shop, AgentId agent) {
		Agent found = agents(shop).get(agent);
		return found == null ? agent.toString() : found.displayName();
	}

	private Map<AgentId, Agent> agents(ShopId shop) {
		return staff.inShop(shop).stream().collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
	}

	/** A trainee's answered quizzes, newest first, and their best score. */
	record TraineeResults(long traineeId, String name, List<Quiz> attempts) {

		public int best() {
			return attempts.stream().mapToInt(Quiz::percent).max().orElse(0);
		}

	}

	/** A bank question with its options one a line, as the edit form takes them. */
	record BankRow(BankQuestion question) {

		public String optionLines() {
			return String.join("\n", question.question().options());
		}

	}

}
