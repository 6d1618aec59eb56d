package io.kefu.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;

/**
 * Every rule's word lists as one list of words for one matcher, so that a message is read
 * once whatever the number of rules; each word remembers its rule and whether it is one
 * of the rule's exceptions.
 */
public final class RuleBook {

	private final WordMatcher matcher;

	private final int[] ruleOf;

	static final byte WORD = 0;

	static final byte EXCEPTION = 1;

	static final byte COUNTER = 2;

	private final byte[] kind;

	public RuleBook(InspectionSettings settings, Function<List<String>, WordMatcher> matchers) {
		List<String> words = new ArrayList<>();
		List<Integer> rules = new ArrayList<>();
		List<Byte> kinds = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			RuleSettings ruleSettings = settings.rule(rule);
			add(ruleSettings.words(), rule, WORD, words, rules, kinds);
			add(ruleSettings.exceptions(), rule, EXCEPTION, words, rules, kinds);
			add(ruleSettings.counterWords(), rule, COUNTER, words, rules, kinds);
		}
		this.matcher = matchers.apply(words);
		this.ruleOf = rules.stream().mapToInt(Integer::intValue).toArray();
		this.kind = new byte[kinds.size()];
		for (int w = 0; w < kind.length; w++) {
			kind[w] = kinds.get(w);
		}
	}

	private static void add(List<String> list, Rule rule, byte kind, List<String> words, List<Integer> rules,
			List<Byte> kinds) {
		for (String word : list) {
			words.add(word);
			rules.add(rule.ordinal());
			kinds.add(kind);
		}
	}

	/** Reads a message's words into {@code scan}. */
	public void read(String content, MessageScan scan) {
		scan.reset(content);
		matcher.findAll(content, scan.matches());
	}

	int ruleOf(int word) {
		return ruleOf[word];
	}

	byte kindOf(int word) {
		return kind[word];
	}

	public WordMatcher matcher() {
		return matcher;
	}

}
