package io.kefu.training;

import java.time.Instant;
import java.time.Duration;
import java.util.List;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * Typing tests (打字测试): a passage issued to an agent, typed in the browser and submitted
 * once. The server measures the time from issue to submit, so the page's clock decides
 * nothing but the order of its own events.
 */
public interface TypingTests {

	/**
	 * How long a test stays open: a submission later than this is refused and the attempt
	 * stays unscored, so an agent cannot hold a passage for practice and submit it later.
	 */
	Duration TIME_LIMIT = Duration.ofMinutes(10);

	/** Issues a passage from the shop's own words to the agent. */
	TypingAttempt issue(ShopId shop, AgentId agent, Instant at);

	/**
	 * Scores the taker's submission, or voids it when the keystroke log is not one a
	 * person typing would leave.
	 * @throws TypingTestNotFoundException when the test is not the taker's
	 * @throws TypingTestClosedException when it was submitted already or its time ran out
	 */
	TypingAttempt submit(long id, AgentId taker, String typed, List<Keystroke> keystrokes, Instant at);

	/** The agent's attempts, newest first. */
	List<TypingAttempt> of(ShopId shop, AgentId agent, int limit);

	/** Every agent's attempts in the shop, newest first. */
	List<TypingAttempt> inShop(ShopId shop, int limit);

}
