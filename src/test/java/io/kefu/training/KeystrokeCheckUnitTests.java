package io.kefu.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keystroke check: an honest log, with input-method commits of several characters,
 * passes; pasting, a huge commit, times out of order or after the submission, text nobody
 * committed and an inhuman pace void the attempt.
 */
class KeystrokeCheckUnitTests {

	static final String TEXT = TypingScoreUnitTests.passage(160);

	/** The text committed in pieces of the given size, one piece every gap ms. */
	static List<Keystroke> typed(String text, int piece, long gap) {
		List<Keystroke> log = new ArrayList<>();
		int[] points = text.codePoints().toArray();
		for (int i = 0; i < points.length; i += piece) {
			log.add(new Keystroke(gap * (i / piece + 1), new String(points, i, Math.min(piece, points.length - i)),
					false));
		}
		return log;
	}

	@Test
	void anInputMethodCommittingEightCharactersAtOnceIsFine() {
		// 160 characters in 20 commits of 8, one every 6 s: 80 a minute
		List<Keystroke> log = typed(TEXT, 8, 6_000);

		assertThat(KeystrokeCheck.check(TEXT, log, 121_000)).isEmpty();
	}

	@Test
	void correctionsLeaveMoreCommittedThanTyped() {
		List<Keystroke> log = new ArrayList<>(typed(TEXT, 4, 1_500));
		log.add(0, new Keystroke(100, "错字", false));

		assertThat(KeystrokeCheck.check(TEXT, log, 61_000)).isEmpty();
	}

	@Test
	void aPasteTheePageReportedVoids() {
		List<Keystroke> log = new ArrayList<>(typed(TEXT, 4, 1_500));
		log.add(new Keystroke(60_500, "", true));

		assertThat(KeystrokeCheck.check(TEXT, log, 61_000)).contains(TypingVoid.PASTE);
	}

	@Test
	void oneEventCommittingMoreThanAnInputMethodDoesVoids() {
		assertThat(KeystrokeCheck.check(TEXT, typed(TEXT, KeystrokeCheck.MAX_COMMIT, 15_000), 121_000)).isEmpty();
		assertThat(KeystrokeCheck.check(TEXT, typed(TEXT, KeystrokeCheck.MAX_COMMIT + 1, 15_000), 121_000))
			.contains(TypingVoid.OVERSIZED_COMMIT);
	}

	@Test
	void timesThatGoBackOrPassTheServersTimeVoid() {
		List<Keystroke> backwards = new ArrayList<>(typed(TEXT, 4, 1_500));
		backwards.set(3, new Keystroke(10, backwards.get(3).text(), false));
		List<Keystroke> sameMillisecond = new ArrayList<>(typed(TEXT, 4, 1_500));
		sameMillisecond.set(3, new Keystroke(sameMillisecond.get(2).t(), sameMillisecond.get(3).text(), false));

		assertThat(KeystrokeCheck.check(TEXT, backwards, 61_000)).contains(TypingVoid.TIMESTAMPS);
		assertThat(KeystrokeCheck.check(TEXT, sameMillisecond, 61_000)).isEmpty();
		// the last commit at 60 s, but the server saw only 59 s pass
		assertThat(KeystrokeCheck.check(TEXT, typed(TEXT, 4, 1_500), 59_000)).contains(TypingVoid.TIMESTAMPS);
	}

	@Test
	void textNoEventCommittedVoids() {
		List<Keystroke> log = typed(TEXT, 4, 1_500);

		assertThat(KeystrokeCheck.check(TEXT + "多", log, 61_000)).contains(TypingVoid.UNCOVERED_TEXT);
		// each character as often as it is typed
		assertThat(KeystrokeCheck.check("好好好", List.of(new Keystroke(1_000, "好好", false)), 60_000))
			.contains(TypingVoid.UNCOVERED_TEXT);
		assertThat(KeystrokeCheck.check("好", List.of(), 60_000)).contains(TypingVoid.UNCOVERED_TEXT);
	}

	@Test
	void anInhumanPaceVoids() {
		// 160 characters in 8 s: 20 every second
		assertThat(KeystrokeCheck.check(TEXT, typed(TEXT, 20, 1_000), 600_000)).contains(TypingVoid.IMPLAUSIBLE_RATE);
		// a steady 320 a minute over the whole attempt
		assertThat(KeystrokeCheck.check(TEXT, typed(TEXT, 16, 3_000), 30_000)).contains(TypingVoid.IMPLAUSIBLE_RATE);
		assertThat(KeystrokeCheck.check(TEXT, typed(TEXT, 4, 1_500), 61_000)).isEqualTo(Optional.empty());
	}

}
