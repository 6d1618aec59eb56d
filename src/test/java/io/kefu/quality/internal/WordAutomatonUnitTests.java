package io.kefu.quality.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WordAutomatonUnitTests {

	@Test
	void findsEveryOccurrenceIncludingOverlappingAndNestedWords() {
		WordAutomaton automaton = WordAutomaton.of(List.of("he", "she", "his", "hers"));

		assertThat(found(automaton, "ushers")).containsExactlyInAnyOrder("1@1-4", "0@2-4", "3@2-6");
	}

	@Test
	void followsFailureLinksAcrossChineseWords() {
		WordAutomaton automaton = WordAutomaton.of(List.of("我", "我们", "第一", "第一次", "全网最低"));

		assertThat(found(automaton, "我们第一次全网最低")).containsExactlyInAnyOrder("0@0-1", "1@0-2", "2@2-4", "3@2-5",
				"4@5-9");
	}

	@Test
	void matchesFullWidthAndCapitalLettersAsTheirPlainForms() {
		WordAutomaton automaton = WordAutomaton.of(List.of("qq", "vx", "!?"));

		assertThat(found(automaton, "加ＱＱ或VX好吗！？")).containsExactlyInAnyOrder("0@1-3", "1@4-6", "2@8-10");
	}

	@Test
	void reportsAWordListedTwiceUnderBothIndices() {
		WordAutomaton automaton = WordAutomaton.of(List.of("第一", "最", "第一"));

		assertThat(found(automaton, "第一")).containsExactlyInAnyOrder("0@0-2", "2@0-2");
	}

	@Test
	void findsNothingInTextWithoutItsWords() {
		WordAutomaton automaton = WordAutomaton.of(List.of("微信", "银行卡"));

		assertThat(found(automaton, "您好，请问有什么可以帮您？")).isEmpty();
		assertThat(found(automaton, "")).isEmpty();
	}

	@Test
	void refusesAnEmptyWord() {
		assertThatIllegalArgumentException().isThrownBy(() -> WordAutomaton.of(List.of("好", "")));
	}

	@Test
	void findsWhatALoopOfIndexOfFindsOnRandomText() {
		Random random = new Random(6);
		String alphabet = "我们的好是第一次不知道abAB！!?？";
		List<String> words = new ArrayList<>();
		for (int w = 0; w < 60; w++) {
			words.add(randomText(random, alphabet, 1 + random.nextInt(4)));
		}
		WordAutomaton automaton = WordAutomaton.of(words);
		NaiveWordMatcher naive = new NaiveWordMatcher(words);
		for (int t = 0; t < 300; t++) {
			String text = randomText(random, alphabet, random.nextInt(40));

			assertThat(found(automaton, text)).as(text).isEqualTo(found(naive, text));
		}
	}

	private static String randomText(Random random, String alphabet, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private static Set<String> found(WordMatcher matcher, String text) {
		Matches matches = new Matches();
		matcher.findAll(text, matches);
		Set<String> found = new HashSet<>();
		for (int i = 0; i < matches.size(); i++) {
			found.add(matches.word(i) + "@" + matches.start(i) + "-" + matches.end(i));
		}
		assertThat(found).hasSize(matches.size());
		return found;
	}

}
