package io.kefu.quality.internal;

import io.kefu.quality.Rule;

/**
 * What the rule book found in one message, with the questions the rules ask of it. A word
 * occurrence counts unless an exception or counter-word of the same rule covers it (第一
 * inside 第一次, 我 inside 我们).
 */
public final class MessageScan {

	private final RuleBook book;

	private final Matches matches = new Matches();

	private String text = "";

	private boolean[] covered = new boolean[64];

	public MessageScan(RuleBook book) {
		this.book = book;
	}

	void reset(String content) {
		text = content;
		matches.clear();
	}

	Matches matches() {
		return matches;
	}

	/** Occurrences of the rule's words that nothing of the rule covers. */
	public int count(Rule rule) {
		int count = 0;
		for (int i = 0; i < matches.size(); i++) {
			if (counts(rule, i)) {
				count++;
			}
		}
		return count;
	}

	public boolean any(Rule rule) {
		for (int i = 0; i < matches.size(); i++) {
			if (counts(rule, i)) {
				return true;
			}
		}
		return false;
	}

	/** A counted occurrence of the rule's words that starts before {@code reach}. */
	public boolean anyStartingWithin(Rule rule, int reach) {
		for (int i = 0; i < matches.size(); i++) {
			if (matches.start(i) < reach && counts(rule, i)) {
				return true;
			}
		}
		return false;
	}

	/** Occurrences of the rule's counter-words (for {@link Rule#I_NOT_WE}: 我们 …). */
	public int countCounterWords(Rule rule) {
		int count = 0;
		for (int i = 0; i < matches.size(); i++) {
			if (is(rule, RuleBook.COUNTER, i)) {
				count++;
			}
		}
		return count;
	}

	/** A counted occurrence of the rule's words that ends a sentence or clause. */
	public boolean anyAtClauseEnd(Rule rule) {
		for (int i = 0; i < matches.size(); i++) {
			if (counts(rule, i) && (matches.end(i) == text.length() || isDelimiter(text.charAt(matches.end(i))))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The message is nothing but the rule's words, its exceptions (what may stand beside
	 * them), punctuation, spaces and symbols, with at least one of the words: 没有了哦.
	 */
	public boolean consistsOf(Rule rule) {
		return consistsOf(rule, false);
	}

	/**
	 * The message is nothing but the rule's words, then at most one of its exceptions at
	 * the very end, with punctuation, spaces and symbols anywhere: 好的! and 嗯嗯 but not 好的呢
	 * or 是的哦, whose particle softens the reply.
	 */
	public boolean consistsOfWordsThenException(Rule rule) {
		return consistsOf(rule, true);
	}

	private boolean consistsOf(Rule rule, boolean exceptionOnlyAtEnd) {
		if (!anyWord(rule)) {
			// most messages: none of the rule's words, so no need to read the text
			return false;
		}
		int n = text.length();
		if (covered.length < n) {
			covered = new boolean[Math.max(n, covered.length * 2)];
		}
		int last = -1;
		for (int i = 0; i < n; i++) {
			covered[i] = isDelimiter(text.charAt(i));
			last = covered[i] ? last : i;
		}
		boolean word = false;
		for (int i = 0; i < matches.size(); i++) {
			if (is(rule, RuleBook.WORD, i)
					|| is(rule, RuleBook.EXCEPTION, i) && (!exceptionOnlyAtEnd || matches.end(i) == last + 1)) {
				word |= is(rule, RuleBook.WORD, i);
				for (int at = matches.start(i); at < matches.end(i); at++) {
					covered[at] = true;
				}
			}
		}
		if (!word) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			if (!covered[i]) {
				return false;
			}
		}
		return true;
	}

	/** A mobile number (11 digits, 13… to 19…), alone or split by spaces or dashes. */
	public boolean hasMobileNumber() {
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!isDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int digits = 0;
			char first = 0;
			char second = 0;
			int at = i;
			while (at < n && (isDigit(text.charAt(at)) || ((text.charAt(at) == '-' || text.charAt(at) == ' ')
					&& at + 1 < n && isDigit(text.charAt(at + 1)) && digits > 0))) {
				if (isDigit(text.charAt(at))) {
					char digit = Folding.fold(text.charAt(at));
					first = digits == 0 ? digit : first;
					second = digits == 1 ? digit : second;
					digits++;
				}
				at++;
			}
			if (digits == 11 && first == '1' && second >= '3') {
				return true;
			}
			i = at;
		}
		return false;
	}

	private boolean anyWord(Rule rule) {
		for (int i = 0; i < matches.size(); i++) {
			if (is(rule, RuleBook.WORD, i)) {
				return true;
			}
		}
		return false;
	}

	private boolean is(Rule rule, byte kind, int i) {
		int word = matches.word(i);
		return book.ruleOf(word) == rule.ordinal() && book.kindOf(word) == kind;
	}

	private boolean counts(Rule rule, int i) {
		if (!is(rule, RuleBook.WORD, i)) {
			return false;
		}
		for (int k = 0; k < matches.size(); k++) {
			if (k != i && book.ruleOf(matches.word(k)) == rule.ordinal() && !is(rule, RuleBook.WORD, k)
					&& matches.start(k) <= matches.start(i) && matches.end(k) >= matches.end(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		char folded = Folding.fold(c);
		return folded >= '0' && folded <= '9';
	}

	/**
	 * Anything that is not a letter or digit: punctuation, spaces, ~, emoticon symbols.
	 */
	static boolean isDelimiter(char c) {
		return !Character.isLetterOrDigit(c);
	}

}
