package io.kefu.training.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.training.Keystroke;
import io.kefu.training.KeystrokeCheck;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainees;
import io.kefu.training.TypingAttempt;
import io.kefu.training.TypingPassages;
import io.kefu.training.TypingResults;
import io.kefu.training.TypingScore;
import io.kefu.training.TypingTestClosedException;
import io.kefu.training.TypingTestNotFoundException;
import io.kefu.training.TypingTests;
import io.kefu.training.TypingVoid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typing tests in PostgreSQL, their passages from the shop's scripts and recent replies.
 */
@Repository
@Transactional(readOnly = true)
class JdbcTypingTests implements TypingTests, TypingResults {

	/**
	 * How far back the agents' replies are read for passages: enough words, one short
	 * read.
	 */
	private static final Duration RECENT_REPLIES = Duration.ofDays(2);

	/** The most replies taken from the transcripts; the scripts are taken whole. */
	private static final int MOST_REPLIES = 300;

	private static final String COLUMNS = """
			id, shop_id, agent_id, passage, issued_at, submitted_at, chars_per_minute, accuracy, void_reason
			""";

	private final JdbcClient jdbc;

	private final Trainees trainees;

	private final ScriptLibrary scripts;

	private final Messages messages;

	private final Shops shops;

	private final RandomGenerator seeds = new SecureRandom();

	JdbcTypingTests(JdbcClient jdbc, ScriptLibrary scripts, Messages messages, Shops shops, Trainees trainees) {
		this.trainees = trainees;
		this.jdbc = jdbc;
		this.scripts = scripts;
		this.messages = messages;
		this.shops = shops;
	}

	@Override
	@Transactional
	public TypingAttempt issue(ShopId shop, AgentId agent, Instant at) {
		String passage = TypingPassages.pick(texts(shop, at), seeds.nextLong());
		long id = jdbc
			.sql("insert into typing_test (shop_id, agent_id, passage, issued_at) values (?, ?, ?, ?) returning id")
			.params(shop.value(), agent.value(), passage, Timestamp.from(at))
			.query(Long.class)
			.single();
		return new TypingAttempt(id, shop, agent, passage, at, null, null, null);
	}

	/** The scripts' variants and the agents' own typed replies of the last days. */
	private List<String> texts(ShopId shop, Instant at) {
		List<String> texts = new ArrayList<>();
		scripts.groups(shop)
			.forEach(group -> group.scripts()
				.forEach(script -> script.variants().stream().map(Script.Variant::text).forEach(texts::add)));
		List<String> replies = new ArrayList<>();
		messages.forEachThreadWithText(shop, at.minus(RECENT_REPLIES), at, List.of(),
				thread -> thread.stream()
					.filter(message -> message.direction() == Direction.OUT && message.kind() == MessageKind.TEXT
							&& message.agentId() != null && replies.size() < MOST_REPLIES)
					.map(Message::content)
					.forEach(replies::add));
		texts.addAll(replies);
		return texts;
	}

	@Override
	@Transactional
	public TypingAttempt submit(long id, AgentId taker, String typed, List<Keystroke> keystrokes, Instant at) {
		TypingAttempt issued = find(id).filter(attempt -> attempt.agent().equals(taker))
			.orElseThrow(() -> new TypingTestNotFoundException(id));
		if (issued.submitted()) {
			throw new TypingTestClosedException("Typing test " + id + " was submitted already");
		}
		long elapsed = Duration.between(issued.issuedAt(), at).toMillis();
		if (elapsed > TIME_LIMIT.toMillis()) {
			throw new TypingTestClosedException("Typing test " + id + " ran out of time: submit within "
					+ TIME_LIMIT.toMinutes() + " minutes of starting");
		}
		TypingScore score = TypingScore.of(issued.passage(), typed, elapsed);
		TypingVoid voided = KeystrokeCheck.check(typed, keystrokes, elapsed).orElse(null);
		int updated = jdbc.sql("""
				update typing_test set submitted_at = ?, typed = ?, keystrokes = ?, chars_per_minute = ?, accuracy = ?,
				    void_reason = ?
				where id = ? and submitted_at is null
				""")
			.params(Timestamp.from(at), typed, keystrokes.size(), score.charsPerMinute(), score.accuracy(),
					voided == null ? null : voided.name(), id)
			.update();
		if (updated == 0) {
			// another submission of the same test won the race
			throw new TypingTestClosedException("Typing test " + id + " was submitted already");
		}
		TypingAttempt attempt = new TypingAttempt(id, issued.shop(), taker, issued.passage(), issued.issuedAt(), at,
				score, voided);
		if (attempt.passed()) {
			trainees.completeNext(taker, TaskKind.TYPING, at);
		}
		return attempt;
	}

	private Optional<TypingAttempt> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from typing_test where id = ? for update")
			.params(id)
			.query((row, n) -> attempt(row))
			.optional();
	}

	@Override
	public List<TypingAttempt> of(ShopId shop, AgentId agent, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from typing_test where shop_id = ? and agent_id = ? order by issued_at desc, id desc limit ?")
			.params(shop.value(), agent.value(), limit)
			.query((row, n) -> attempt(row))
			.list();
	}

	@Override
	public List<TypingAttempt> inShop(ShopId shop, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from typing_test where shop_id = ? order by issued_at desc, id desc limit ?")
			.params(shop.value(), limit)
			.query((row, n) -> attempt(row))
			.list();
	}

	@Override
	public Map<AgentId, TypingAttempt> bestOf(ShopId shop, YearMonth month) {
		Map<AgentId, TypingAttempt> best = new HashMap<>();
		submittedIn(shop, month).stream()
			.filter(attempt -> attempt.score() != null && attempt.voided() == null)
			.forEach(attempt -> best.merge(attempt.agent(), attempt,
					(a, b) -> TypingScore.BETTER.compare(a.score(), b.score()) >= 0 ? a : b));
		return best;
	}

	@Override
	public List<TypingAttempt> voidedIn(ShopId shop, YearMonth month) {
		return submittedIn(shop, month).stream().filter(attempt -> attempt.voided() != null).toList();
	}

	/** The attempts submitted in the shop's calendar month, oldest first. */
	private List<TypingAttempt> submittedIn(ShopId shop, YearMonth month) {
		Shop known = shops.get(shop);
		Instant from = month.atDay(1).atStartOfDay(known.timeZone()).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(known.timeZone()).toInstant();
		return jdbc.sql("select " + COLUMNS + """
				from typing_test where shop_id = ? and submitted_at >= ? and submitted_at < ?
				order by submitted_at, id
				""")
			.params(shop.value(), Timestamp.from(from), Timestamp.from(to))
			.query((row, n) -> attempt(row))
			.list();
	}

	private static TypingAttempt attempt(ResultSet row) throws SQLException {
		Timestamp submitted = row.getTimestamp("submitted_at");
		Integer perMinute = row.getObject("chars_per_minute", Integer.class);
		String reason = row.getString("void_reason");
		return new TypingAttempt(row.getLong("id"), ShopId.of(row.getLong("shop_id")),
				AgentId.of(row.getLong("agent_id")), row.getString("passage"),
				row.getTimestamp("issued_at").toInstant(), submitted == null ? null : submitted.toInstant(),
				perMinute == null ? null : new TypingScore(perMinute, row.getBigDecimal("accuracy")),
				reason == null ? null : TypingVoid.valueOf(reason));
	}

}
