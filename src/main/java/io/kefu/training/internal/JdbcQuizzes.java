package io.kefu.training.internal;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;
import io.kefu.staff.AgentId;
import io.kefu.training.BankQuestion;
import io.kefu.training.CatalogueQuestions;
import io.kefu.training.QuestionDraft;
import io.kefu.training.QuestionResult;
import io.kefu.training.QuestionSource;
import io.kefu.training.Quiz;
import io.kefu.training.QuizClosedException;
import io.kefu.training.QuizMaterial;
import io.kefu.training.QuizNotFoundException;
import io.kefu.training.QuizQuestion;
import io.kefu.training.Quizzes;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.Trainees;
import io.kefu.training.TrainingStateException;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes and the trainer's question bank in PostgreSQL; questions built from the shop's
 * current catalogue, couriers, policies, campaigns and scripts.
 */
@Repository
@Transactional(readOnly = true)
class JdbcQuizzes implements Quizzes {

	/**
	 * The seed the bank shows generated questions with, so the page reads the same each
	 * time.
	 */
	private static final long BANK_SEED = 0;

	private static final String AUTHORED_KEY = "trainer:";

	private final JdbcClient jdbc;

	private final Products products;

	private final ShopKnowledge knowledge;

	private final ScriptLibrary scripts;

	private final Trainees trainees;

	private final RandomGenerator seeds = new SecureRandom();

	JdbcQuizzes(JdbcClient jdbc, Products products, ShopKnowledge knowledge, ScriptLibrary scripts, Trainees trainees) {
		this.jdbc = jdbc;
		this.products = products;
		this.knowledge = knowledge;
		this.scripts = scripts;
		this.trainees = trainees;
	}

	@Override
	@Transactional
	public Quiz create(Trainee trainee, int count, AgentId by, Instant at) {
		if (trainee.status().ended()) {
			throw new TrainingStateException("The training of trainee " + trainee.id() + " has ended");
		}
		long seed = seeds.nextLong();
		List<QuizQuestion> pool = pool(trainee.shop(), seed).stream()
			.filter(question -> !question.retired())
			.map(BankQuestion::question)
			.toList();
		Set<String> seen = Set.copyOf(jdbc.sql("""
				select distinct q.question_key from quiz_question q join quiz on quiz.id = q.quiz_id
				where quiz.trainee_id = ?
				""").param(trainee.id()).query(String.class).list());
		List<QuizQuestion> drawn = CatalogueQuestions.draw(pool, count, seed, seen);
		if (drawn.isEmpty()) {
			throw new QuizClosedException("Shop " + trainee.shop()
					+ " gives no quiz questions yet: add products with parameters, scripts or questions of your own");
		}
		long id = jdbc.sql("""
				insert into quiz (shop_id, trainee_id, agent_id, created_by, created_at)
				values (?, ?, ?, ?, ?) returning id
				""")
			.params(trainee.shop().value(), trainee.id(), trainee.agent().value(), by.value(), utc(at))
			.query(Long.class)
			.single();
		int position = 0;
		for (QuizQuestion question : drawn) {
			QuestionSource source = question.source();
			jdbc.sql("""
					insert into quiz_question (quiz_id, position, question_key, topic, text, options, right_option,
					    source_product_id, source_product, source_field)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id, position++, question.key(), source.topic().name(), question.text(),
						question.options().toArray(String[]::new), question.right(), source.productId(),
						source.product(), source.field())
				.update();
		}
		return find(id).orElseThrow();
	}

	@Override
	public Optional<Quiz> find(long id) {
		return withQuestions(jdbc.sql(SELECT + "where id = ?").param(id).query(JdbcQuizzes::quiz).list()).stream()
			.findFirst();
	}

	private static final String SELECT = """
			select id, shop_id, trainee_id, agent_id, created_by, created_at, answered_at from quiz
			""";

	@Override
	@Transactional
	public Quiz answer(long id, Map<Long, Integer> answers, Instant at) {
		jdbc.sql("select id from quiz where id = ? for update").param(id).query(Long.class).optional();
		Quiz quiz = find(id).orElseThrow(() -> new QuizNotFoundException("No quiz " + id));
		if (quiz.answered()) {
			throw new QuizClosedException("Quiz " + id + " was answered already");
		}
		Map<Long, Quiz.Question> questions = quiz.questions()
			.stream()
			.collect(Collectors.toMap(Quiz.Question::id, question -> question));
		answers.forEach((questionId, option) -> {
			Quiz.Question question = questions.get(questionId);
			if (question == null) {
				throw new IllegalArgumentException("answers: question " + questionId + " is not in quiz " + id);
			}
			if (option == null || option < 0 || option >= question.question().options().size()) {
				throw new IllegalArgumentException("answers: question " + questionId + " has options 0–"
						+ (question.question().options().size() - 1) + ", not " + option);
			}
		});
		answers.forEach((questionId, option) -> jdbc
			.sql("update quiz_question set chosen_option = ? where id = ? and quiz_id = ?")
			.params(option, questionId, id)
			.update());
		jdbc.sql("update quiz set answered_at = ? where id = ?").params(utc(at), id).update();
		Quiz answered = find(id).orElseThrow();
		if (answered.passed()) {
			trainees.completeNext(answered.agent(), TaskKind.QUIZ, at);
		}
		return answered;
	}

	@Override
	public List<Quiz> ofTrainee(long traineeId) {
		return withQuestions(jdbc.sql(SELECT + "where trainee_id = ? order by created_at desc, id desc")
			.param(traineeId)
			.query(JdbcQuizzes::quiz)
			.list());
	}

	@Override
	public List<Quiz> inShop(ShopId shop) {
		return withQuestions(jdbc.sql(SELECT + "where shop_id = ? order by created_at desc, id desc")
			.param(shop.value())
			.query(JdbcQuizzes::quiz)
			.list());
	}

	@Override
	public List<QuestionResult> questionResults(ShopId shop) {
		return jdbc.sql("""
				select distinct on (q.question_key) q.question_key, q.topic, q.text, q.source_product_id,
				    q.source_product, q.source_field,
				    count(*) over (partition by q.question_key) as asked,
				    count(*) filter (where q.chosen_option is distinct from q.right_option)
				        over (partition by q.question_key) as missed
				from quiz_question q join quiz z on z.id = q.quiz_id
				where z.shop_id = ? and z.answered_at is not null
				order by q.question_key, z.answered_at desc, q.id desc
				""").param(shop.value()).query((row, n) -> {
			long product = row.getLong(4);
			Long productId = row.wasNull() ? null : product;
			return new QuestionResult(row.getString(1), row.getString(3),
					new QuestionSource(QuestionSource.Topic.valueOf(row.getString(2)), productId, row.getString(5),
							row.getString(6)),
					row.getInt(7), row.getInt(8));
		})
			.list()
			.stream()
			.sorted((a, b) -> a.missedShare() != b.missedShare() ? Double.compare(b.missedShare(), a.missedShare())
					: a.asked() != b.asked() ? Integer.compare(b.asked(), a.asked()) : a.key().compareTo(b.key()))
			.toList();
	}

	@Override
	public List<BankQuestion> bank(ShopId shop) {
		return pool(shop, BANK_SEED);
	}

	/**
	 * Generated and trainer's questions, options shuffled by the seed, each with its
	 * retirement.
	 */
	private List<BankQuestion> pool(ShopId shop, long seed) {
		Set<String> retired = Set.copyOf(jdbc.sql("select question_key from quiz_retired_question where shop_id = ?")
			.param(shop.value())
			.query(String.class)
			.list());
		List<BankQuestion> bank = new ArrayList<>();
		CatalogueQuestions.from(material(shop), seed)
			.forEach(question -> bank.add(new BankQuestion(question, null, retired.contains(question.key()))));
		for (BankQuestion authored : authored(shop)) {
			QuizQuestion question = seed == BANK_SEED ? authored.question()
					: CatalogueQuestions.shuffled(authored.question(), seed);
			bank.add(new BankQuestion(question, authored.authoredId(), retired.contains(question.key())));
		}
		return bank;
	}

	private QuizMaterial material(ShopId shop) {
		return new QuizMaterial(products.inShop(shop), knowledge.promotions(shop),
				knowledge.courierSetting(shop).orElse(null), knowledge.policies(shop),
				scripts.groups(shop).stream().flatMap(group -> group.scripts().stream()).toList());
	}

	private List<BankQuestion> authored(ShopId shop) {
		return jdbc
			.sql("select id, text, options, right_option from quiz_authored_question where shop_id = ? order by id")
			.param(shop.value())
			.query((row, n) -> new BankQuestion(authoredQuestion(row), row.getLong(1), false))
			.list();
	}

	private static QuizQuestion authoredQuestion(ResultSet row) throws SQLException {
		return new QuizQuestion(AUTHORED_KEY + row.getLong("id"), row.getString("text"),
				options(row.getArray("options")), row.getInt("right_option"),
				new QuestionSource(QuestionSource.Topic.TRAINER, null, null, "培训师出题"));
	}

	@Override
	@Transactional
	public BankQuestion author(ShopId shop, QuestionDraft draft, @Nullable AgentId by, Instant at) {
		long id = jdbc.sql("""
				insert into quiz_authored_question (shop_id, text, options, right_option, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(shop.value(), draft.text(), draft.options().toArray(String[]::new), draft.right(),
					by == null ? null : by.value(), utc(at))
			.query(Long.class)
			.single();
		return authoredOf(shop, id);
	}

	@Override
	@Transactional
	public BankQuestion revise(ShopId shop, long authoredId, QuestionDraft draft) {
		int changed = jdbc.sql(
				"update quiz_authored_question set text = ?, options = ?, right_option = ? where id = ? and shop_id = ?")
			.params(draft.text(), draft.options().toArray(String[]::new), draft.right(), authoredId, shop.value())
			.update();
		if (changed == 0) {
			throw new QuizNotFoundException("Shop " + shop + " has no question " + authoredId + " of its own");
		}
		return authoredOf(shop, authoredId);
	}

	private BankQuestion authoredOf(ShopId shop, long id) {
		return bank(shop).stream()
			.filter(question -> question.authoredId() != null && question.authoredId() == id)
			.findFirst()
			.orElseThrow();
	}

	@Override
	@Transactional
	public BankQuestion retire(ShopId shop, String key, boolean retired, @Nullable AgentId by, Instant at) {
		BankQuestion question = bank(shop).stream()
			.filter(each -> each.question().key().equals(key))
			.findFirst()
			.orElseThrow(() -> new QuizNotFoundException("Shop " + shop + " has no question '" + key + "'"));
		if (retired) {
			jdbc.sql("""
					insert into quiz_retired_question (shop_id, question_key, retired_by, retired_at)
					values (?, ?, ?, ?) on conflict do nothing
					""").params(shop.value(), key, by == null ? null : by.value(), utc(at)).update();
		}
		else {
			jdbc.sql("delete from quiz_retired_question where shop_id = ? and question_key = ?")
				.params(shop.value(), key)
				.update();
		}
		return new BankQuestion(question.question(), question.authoredId(), retired);
	}

	private List<Quiz> withQuestions(List<Quiz> quizzes) {
		if (quizzes.isEmpty()) {
			return quizzes;
		}
		Map<Long, List<Quiz.Question>> questions = new HashMap<>();
		jdbc.sql("""
				select quiz_id, id, question_key, topic, text, options, right_option, source_product_id,
				    source_product, source_field, chosen_option
				from quiz_question where quiz_id = any(?) order by quiz_id, position
				""").param(quizzes.stream().map(Quiz::id).toArray(Long[]::new)).query(row -> {
			Long product = row.getObject("source_product_id", Long.class);
			Integer chosen = row.getObject("chosen_option", Integer.class);
			QuizQuestion question = new QuizQuestion(row.getString("question_key"), row.getString("text"),
					options(row.getArray("options")), row.getInt("right_option"),
					new QuestionSource(QuestionSource.Topic.valueOf(row.getString("topic")), product,
							row.getString("source_product"), row.getString("source_field")));
			questions.computeIfAbsent(row.getLong("quiz_id"), key -> new ArrayList<>())
				.add(new Quiz.Question(row.getLong("id"), question, chosen));
		});
		return quizzes.stream()
			.map(quiz -> new Quiz(quiz.id(), quiz.shop(), quiz.traineeId(), quiz.agent(), quiz.createdBy(),
					quiz.createdAt(), quiz.answeredAt(), questions.getOrDefault(quiz.id(), List.of())))
			.toList();
	}

	private static Quiz quiz(ResultSet row, int n) throws SQLException {
		Long by = row.getObject("created_by", Long.class);
		OffsetDateTime answered = row.getObject("answered_at", OffsetDateTime.class);
		return new Quiz(row.getLong("id"), ShopId.of(row.getLong("shop_id")), row.getLong("trainee_id"),
				AgentId.of(row.getLong("agent_id")), by == null ? null : AgentId.of(by),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				answered == null ? null : answered.toInstant(), List.of());
	}

	private static List<String> options(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
