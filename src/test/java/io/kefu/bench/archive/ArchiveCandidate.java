package io.kefu.bench.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One way of indexing the archive's messages: the analyzer of the text field, and for
 * single-character words an optional second field of single characters. A word becomes a
 * phrase of its own terms under the same analyzer; the words of a search are all
 * required.
 */
final class ArchiveCandidate {

	static final String TEXT = "text";

	static final String CHARACTERS = "characters";

	private final String name;

	private final Analyzer words;

	private final @Nullable Analyzer characters;

	private ArchiveCandidate(String name, Analyzer words, @Nullable Analyzer characters) {
		this.name = name;
		this.words = words;
		this.characters = characters;
	}

	static ArchiveCandidate smartChinese() {
		return new ArchiveCandidate("SmartChinese words", new SmartChineseAnalyzer(false), null);
	}

	/**
	 * Overlapping pairs of characters; a character with no neighbour stays alone, so a
	 * single-character word is looked up in a field of single characters instead.
	 */
	static ArchiveCandidate bigrams() {
		return new ArchiveCandidate("Character bigrams", standard(true), standard(false));
	}

	static ArchiveCandidate hanlp() {
		return new ArchiveCandidate("HanLP portable words", new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new HanlpTokenizer();
				return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
			}
		}, null);
	}

	private static Analyzer standard(boolean bigrams) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
				return new TokenStreamComponents(source, bigrams ? new CJKBigramFilter(stream) : stream);
			}
		};
	}

	String name() {
		return this.name;
	}

	Analyzer analyzer() {
		return (this.characters != null) ? new PerFieldAnalyzerWrapper(this.words, Map.of(CHARACTERS, this.characters))
				: this.words;
	}

	Document document(String message) {
		Document document = new Document();
		document.add(new TextField(TEXT, message, Field.Store.NO));
		if (this.characters != null) {
			document.add(new TextField(CHARACTERS, message, Field.Store.NO));
		}
		return document;
	}

	Query query(ArchiveQuery search) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		search.words().forEach((word) -> all.add(wordQuery(word), BooleanClause.Occur.MUST));
		return all.build();
	}

	private Query wordQuery(String word) {
		boolean single = word.codePointCount(0, word.length()) == 1;
		Query query = (single && this.characters != null)
				? new QueryBuilder(this.characters).createPhraseQuery(CHARACTERS, word)
				: new QueryBuilder(this.words).createPhraseQuery(TEXT, word);
		return (query != null) ? query : new MatchNoDocsQuery("no terms in " + word);
	}

	/** How the text field's analyzer cuts a word, to tell why a search missed. */
	List<String> terms(String word) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = this.words.tokenStream(TEXT, word)) {
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

}
