package io.kefu.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The three ways a text is cut into terms. SmartChinese finds words (发货, 便宜, 退货) but
 * splits shop words its dictionary lacks into single characters (包邮 → 包 邮, 顺丰 → 顺 丰, and
 * 快递 itself depending on what follows); overlapping character bigrams keep those whole
 * (包邮, 顺丰, 快递) at the price of nonsense pairs, which BM25 weighs down as they rarely
 * repeat; single characters catch a word the other two cut differently (破 of 有破的 in 破损).
 * SmartChinese's dictionary is inside its jar: nothing is downloaded.
 * <p>
 * Particles and function words that occur in nearly every buyer question (吗 呢 啊, 有 没 什么
 * 可以 …) are dropped: scripts are answers, so these words match them only by chance. They
 * stay inside bigrams, so that 有货 and 在吗 still match.
 */
final class ChineseAnalysis {

	static final CharArraySet FUNCTION_WORDS = functionWords();

	private static final Analyzer WORDS = new SmartChineseAnalyzer(FUNCTION_WORDS);

	private static final Analyzer BIGRAMS = standard(true);

	private static final Analyzer CHARACTERS = standard(false);

	private ChineseAnalysis() {
	}

	static Analyzer words() {
		return WORDS;
	}

	static Analyzer bigrams() {
		return BIGRAMS;
	}

	static Analyzer characters() {
		return CHARACTERS;
	}

	/**
	 * SmartChinese's own stop set is its punctuation, which it gives as terms of their
	 * own.
	 */
	private static CharArraySet functionWords() {
		CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
		words.addAll(List.of("吗", "呢", "啊", "吧", "呀", "哦", "哈", "嘛", "了", "的", "么", "啦", "呗", "哟", "嗯", "噢", "喔", "呐",
				"滴", "嘞", "亲", "请问", "一下", "我", "你", "您", "我们", "你们", "是", "这", "那", "个", "这个", "那个", "就", "也", "都",
				"还", "和", "有", "没", "没有", "什么", "能", "能不能", "可以", "会", "要", "想", "怎么", "在", "不", "给", "把", "被", "让",
				"到", "去", "来", "上", "下", "多", "好", "很", "太"));
		return CharArraySet.unmodifiableSet(words);
	}

	/** The distinct terms of a text, in order of first occurrence. */
	static Set<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading a string cannot fail", ex);
		}
		return terms;
	}

	/**
	 * Lucene's standard tokenizer gives each Chinese character as a term of its own
	 * (full-width letters and digits folded to ASCII first); the bigram filter pairs
	 * neighbours.
	 */
	private static Analyzer standard(boolean bigrams) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
				if (bigrams) {
					stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, false);
				}
				return new TokenStreamComponents(source, new StopFilter(stream, FUNCTION_WORDS));
			}
		};
	}

}
