package io.kefu.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a typing test's keystroke log is one a person typing the text would leave. The
 * server cannot see the keyboard; it can see that the log and the text agree and that the
 * pace is human. The first rule broken is the reason the attempt is voided.
 */
public final class KeystrokeCheck {

	/**
	 * The most characters one event may commit: an input method commits a word or a
	 * phrase (拼音 phrases of 8–12 characters are common), never a sentence.
	 */
	public static final int MAX_COMMIT = 20;

	/** The stretch over which the pace is measured. */
	public static final long WINDOW_MILLIS = 10_000;

	/** The most characters committed in any {@link #WINDOW_MILLIS}: 480 a minute. */
	public static final int MAX_IN_WINDOW = 80;

	/**
	 * The most characters a minute over the whole attempt; the fastest Chinese typists
	 * manage about 200 with an input method.
	 */
	public static final int MAX_PER_MINUTE = 300;

	private KeystrokeCheck() {
	}

	/**
	 * @param elapsedMillis the time the server measured from issue to submit
	 * @return why the attempt is void, or empty when the log is plausible
	 */
	public static Optional<TypingVoid> check(String typed, List<Keystroke> keystrokes, long elapsedMillis) {
		if (keystrokes.stream().anyMatch(Keystroke::paste)) {
			return Optional.of(TypingVoid.PASTE);
		}
		if (keystrokes.stream().anyMatch(key -> key.length() > MAX_COMMIT)) {
			return Optional.of(TypingVoid.OVERSIZED_COMMIT);
		}
		if (!inOrderWithin(keystrokes, elapsedMillis)) {
			return Optional.of(TypingVoid.TIMESTAMPS);
		}
		if (!covered(typed, keystrokes)) {
			return Optional.of(TypingVoid.UNCOVERED_TEXT);
		}
		if (tooFast(keystrokes, elapsedMillis)) {
			return Optional.of(TypingVoid.IMPLAUSIBLE_RATE);
		}
		return Optional.empty();
	}

	/**
	 * Times never decrease (an IME's compositionend and its input event may share a
	 * millisecond) and none lies after the server received the submission.
	 */
	private static boolean inOrderWithin(List<Keystroke> keystrokes, long elapsedMillis) {
		long last = 0;
		for (Keystroke key : keystrokes) {
			if (key.t() < last || key.t() > elapsedMillis) {
				return false;
			}
			last = key.t();
		}
		return true;
	}

	/**
	 * Every typed character must have been committed by some event, as often as it is
	 * typed.
	 */
	private static boolean covered(String typed, List<Keystroke> keystrokes) {
		Map<Integer, Integer> available = new HashMap<>();
		keystrokes.forEach(key -> key.text().codePoints().forEach(c -> available.merge(c, 1, Integer::sum)));
		return typed.codePoints().allMatch(c -> available.merge(c, -1, Integer::sum) >= 0);
	}

	private static boolean tooFast(List<Keystroke> keystrokes, long elapsedMillis) {
		long committed = keystrokes.stream().mapToLong(Keystroke::length).sum();
		if (committed * 60_000 > (long) MAX_PER_MINUTE * Math.max(elapsedMillis, 1)) {
			return true;
		}
		int from = 0;
		long inWindow = 0;
		for (Keystroke key : keystrokes) {
			inWindow += key.length();
			while (key.t() - keystrokes.get(from).t() >= WINDOW_MILLIS) {
				inWindow -= keystrokes.get(from).length();
				from++;
			}
			if (inWindow > MAX_IN_WINDOW) {
				return true;
			}
		}
		return false;
	}

}
