package io.kefu.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.kefu.analytics.StoredReception;
import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;

/**
 * Builds stored receptions for the forecast's tests: an agent's chat with one buyer on a
 * day, from the buyer's first message, in Shanghai time.
 */
final class Chats {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static long nextBuyer = 1;

	private final LocalDate day;

	private final long agent;

	private final List<StoredReception.Run> runs = new ArrayList<>();

	private final List<Instant> replies = new ArrayList<>();

	private Chats(LocalDate day, long agent) {
		this.day = day;
		this.agent = agent;
	}

	static Chats on(String day, long agent) {
		return new Chats(LocalDate.parse(day), agent);
	}

	/**
	 * A run of buyer messages from {@code from} to {@code to}, answered at
	 * {@code answer}.
	 */
	Chats run(String from, String to, String answer) {
		runs.add(new StoredReception.Run(runs.size() + 1, at(from), at(to), 2, at(answer)));
		replies.add(at(answer));
		return this;
	}

	/** A later agent message. */
	Chats reply(String at) {
		replies.add(at(at));
		return this;
	}

	StoredReception reception() {
		return new StoredReception(AgentId.of(agent), BuyerId.of(nextBuyer++), day, runs, replies);
	}

	private Instant at(String time) {
		return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
	}

}
