package io.kefu.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Chooses the scripts that answer a buyer's message, by lexical matching of Chinese text:
 * an in-memory Lucene index of the given scripts, one document a script, its keywords and
 * title, its variants and its group name each indexed three ways
 * ({@link ChineseAnalysis}: SmartChinese words, character bigrams, single characters),
 * searched with BM25 (Lucene's default similarity) by the terms of the buyer's message
 * cut the same three ways. A match in the keywords counts three times one in the text, as
 * keywords are the buyer's own words while the text is the answer; words count twice a
 * bigram, a single character half. The weights were chosen on the evaluation in
 * docs/scripts.md.
 * <p>
 * Plain Java and safe to share between threads, so that the library, the demo's starter
 * scripts and the {@code scripts eval} command all build the same matcher. Building takes
 * about 80 ms for the demo's 40 scripts and 0.7 s for 2,000; a suggestion then takes
 * under a millisecond. The library keeps one per shop and builds a new one when the
 * shop's library has changed (docs/scripts.md).
 */
public final class ScriptMatcher {

	/** Enough for any buyer message; a pasted essay must not build a huge query. */
	static final int MAX_TERMS = 64;

	private final List<Script> scripts;

	private final IndexSearcher searcher;

	private final Weights weights;

	private ScriptMatcher(List<Script> scripts, IndexSearcher searcher, Weights weights) {
		this.scripts = scripts;
		this.searcher = searcher;
		this.weights = weights;
	}

	public static ScriptMatcher over(List<Script> scripts) {
		return over(scripts, Weights.CHOSEN);
	}

	static ScriptMatcher over(List<Script> scripts, Weights weights) {
		List<Script> indexed = List.copyOf(scripts);
		Map<String, Analyzer> byField = new HashMap<>();
		for (Field field : Field.values()) {
			for (Cut cut : Cut.values()) {
				byField.put(field.name(cut), cut.analyzer());
			}
		}
		Analyzer analyzer = new PerFieldAnalyzerWrapper(ChineseAnalysis.words(), byField);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (int i = 0; i < indexed.size(); i++) {
				writer.addDocument(document(i, indexed.get(i)));
			}
			writer.commit();
			return new ScriptMatcher(indexed, new IndexSearcher(DirectoryReader.open(directory)), weights);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("An index in memory cannot fail to write", ex);
		}
	}

	private static Document document(int position, Script script) {
		Document document = new Document();
		document.add(new StoredField("position", position));
		String keywords = String.join(" ", script.keywords()) + " " + (script.title() == null ? "" : script.title());
		String text = String.join("\n", script.variants().stream().map(Script.Variant::text).toList());
		add(document, Field.KEYWORDS, keywords);
		add(document, Field.TEXT, text);
		add(document, Field.GROUP, script.groupName());
		return document;
	}

	private static void add(Document document, Field field, String text) {
		for (Cut cut : Cut.values()) {
			document.add(new TextField(field.name(cut), text, org.apache.lucene.document.Field.Store.NO));
		}
	}

	/** The best matches first; none when no word of the message occurs in any script. */
	public List<ScriptSuggestion> suggest(String buyerText, int limit) {
		if (limit <= 0 || scripts.isEmpty()) {
			return List.of();
		}
		Query query = query(buyerText);
		try {
			List<ScriptSuggestion> suggestions = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
				int position = searcher.storedFields().document(hit.doc).getField("position").numericValue().intValue();
				suggestions.add(new ScriptSuggestion(scripts.get(position), hit.score));
			}
			return suggestions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("An index in memory cannot fail to read", ex);
		}
	}

	private Query query(String buyerText) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Cut cut : Cut.values()) {
			addTerms(query, ChineseAnalysis.terms(cut.analyzer(), buyerText), cut, weights.of(cut));
		}
		return query.build();
	}

	private void addTerms(BooleanQuery.Builder query, Set<String> terms, Cut cut, float cutWeight) {
		terms.stream().limit(MAX_TERMS).forEach(term -> {
			for (Field field : Field.values()) {
				float weight = weights.of(field) * cutWeight;
				if (weight > 0) {
					Query match = new TermQuery(new Term(field.name(cut), term));
					query.add(new BoostQuery(match, weight), BooleanClause.Occur.SHOULD);
				}
			}
		});
	}

	enum Field {

		KEYWORDS, TEXT, GROUP;

		final String words = name().toLowerCase() + ".words";

		final String grams = name().toLowerCase() + ".grams";

		final String chars = name().toLowerCase() + ".chars";

		String name(Cut cut) {
			return switch (cut) {
				case WORDS -> words;
				case GRAMS -> grams;
				case CHARS -> chars;
			};
		}

	}

	enum Cut {

		WORDS, GRAMS, CHARS;

		Analyzer analyzer() {
			return switch (this) {
				case WORDS -> ChineseAnalysis.words();
				case GRAMS -> ChineseAnalysis.bigrams();
				case CHARS -> ChineseAnalysis.characters();
			};
		}

	}

	/** How much a match in each field and by each way of cutting counts. */
	record Weights(float keywords, float text, float group, float words, float grams, float chars) {

		static final Weights CHOSEN = new Weights(3f, 1f, 1.5f, 2f, 1f, 0.5f);

		float of(Cut cut) {
			return switch (cut) {
				case WORDS -> words;
				case GRAMS -> grams;
				case CHARS -> chars;
			};
		}

		float of(Field field) {
			return switch (field) {
				case KEYWORDS -> keywords;
				case TEXT -> text;
				case GROUP -> group;
			};
		}
	}

}
