package io.kefu.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.training.Keystroke;
import io.kefu.training.TypingAttempt;
import io.kefu.training.TypingTests;

import org.springframework.stereotype.Component;

/**
 * The demo's typing tests: the trainee 小糖's two attempts (one below the pass, one
 * passed), 小美's at the bonus level, and 阿宁's pasted one, voided. Each is typed as an
 * input method would commit it, a few characters at a time.
 */
@Component
class DemoTyping {

	private final TypingTests tests;

	private final Staff staff;

	DemoTyping(TypingTests tests, Staff staff) {
		this.tests = tests;
		this.staff = staff;
	}

	void take(Shop shop, Instant now) {
		List<Agent> agents = staff.inShop(shop.id());
		attempt(shop, agents, "xiaotang", now.minus(Duration.ofHours(30)), 68, 9, false);
		attempt(shop, agents, "xiaotang", now.minus(Duration.ofHours(6)), 86, 4, false);
		attempt(shop, agents, "xiaomei", now.minus(Duration.ofHours(8)), 112, 3, false);
		attempt(shop, agents, "aning", now.minus(Duration.ofHours(7)), 95, 2, true);
	}

	/**
	 * An attempt typed at about the given speed with the given number of wrong
	 * characters, pasted at the end when asked.
	 */
	private void attempt(Shop shop, List<Agent> agents, String username, Instant at, int speed, int errors,
			boolean paste) {
		Agent agent = agents.stream().filter(one -> username.equals(one.username())).findFirst().orElseThrow();
		TypingAttempt issued = tests.issue(shop.id(), agent.id(), at);
		int[] typed = issued.passage().codePoints().toArray();
		for (int i = 0; i < errors; i++) {
			typed[(i * 37 + 5) % typed.length] = '的';
		}
		long millis = (typed.length - (long) errors) * 60_000 / speed + 1_500;
		List<Keystroke> log = new ArrayList<>();
		int from = 0;
		for (int piece = 0; from < typed.length; piece++) {
			// an input method commits a word or two: 2 to 6 characters
			int size = Math.min(2 + piece % 5, typed.length - from);
			log.add(new Keystroke((millis - 1_000) * (from + size) / typed.length, new String(typed, from, size),
					false));
			from += size;
		}
		if (paste) {
			log.add(new Keystroke(millis - 500, "", true));
		}
		tests.submit(issued.id(), agent.id(), new String(typed, 0, typed.length), log, at.plusMillis(millis));
	}

}
