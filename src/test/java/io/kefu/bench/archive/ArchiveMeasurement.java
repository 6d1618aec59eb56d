package io.kefu.bench.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a candidate's index of the corpus and scores each set of searches against the
 * ground truth, which is what Ctrl-F would find.
 */
final class ArchiveMeasurement {

	private static final int BUILDS = 3;

	private final ChatCorpus corpus;

	private final Map<String, List<ArchiveQuery>> sets;

	private final Map<ArchiveQuery, BitSet> truths = new HashMap<>();

	ArchiveMeasurement(ChatCorpus corpus, Map<String, List<ArchiveQuery>> sets) {
		this.corpus = corpus;
		this.sets = sets;
		sets.values()
			.stream()
			.flatMap(List::stream)
			.forEach((q) -> this.truths.put(q, corpus.containingAll(q.words())));
	}

	/** The build time is the best of three builds, the first of which warms the JIT. */
	Result measure(ArchiveCandidate candidate) throws IOException {
		double buildMillis = Double.MAX_VALUE;
		CandidateIndex index = null;
		for (int build = 0; build < BUILDS; build++) {
			if (index != null) {
				index.close();
			}
			index = CandidateIndex.build(candidate, this.corpus);
			buildMillis = Math.min(buildMillis, index.buildMillis());
		}
		try (CandidateIndex built = index) {
			List<QuerySetScore> scores = this.sets.entrySet()
				.stream()
				.map((set) -> score(candidate, built, set.getKey(), set.getValue()))
				.toList();
			return new Result(candidate, buildMillis, built.bytes(), scores);
		}
	}

	private QuerySetScore score(ArchiveCandidate candidate, CandidateIndex index, String set,
			List<ArchiveQuery> queries) {
		QuerySetScore score = new QuerySetScore(set);
		for (ArchiveQuery query : queries) {
			try {
				long start = System.nanoTime();
				BitSet found = index.search(candidate.query(query));
				score.add(query.toString(), this.truths.get(query), found, System.nanoTime() - start);
			}
			catch (IOException ex) {
				throw new IllegalStateException("An in-memory index failed to read", ex);
			}
		}
		return score;
	}

	record Result(ArchiveCandidate candidate, double buildMillis, long bytes, List<QuerySetScore> scores) {

		QuerySetScore score(String set) {
			return this.scores.stream().filter((s) -> s.set().equals(set)).findFirst().orElseThrow();
		}

	}

	static void print(ChatCorpus corpus, List<Result> results, PrintStream out) {
		out.printf("%nCorpus: %d messages, %d characters%n", corpus.messages().size(), corpus.characters());
		out.printf("%-22s %9s %9s | %-14s %8s %7s %7s %9s %6s %11s %8s%n", "candidate", "build ms", "index KB", "set",
				"searches", "matched", "recall", "precision", "missed", "overmatched", "query ms");
		for (Result result : results) {
			for (QuerySetScore score : result.scores()) {
				out.printf("%-22s %9.0f %9.0f | %-14s %8d %7d %7.4f %9.4f %6d %11d %8.0f%n", result.candidate().name(),
						result.buildMillis(), result.bytes() / 1024.0, score.set(), score.searches(), score.matched(),
						score.recall(), score.precision(), score.missed(), score.overmatched(), score.millis());
			}
		}
		for (Result result : results) {
			for (QuerySetScore score : result.scores()) {
				if (score.missed() > 0 || score.overmatched() > 0) {
					out.printf("%s, %s: missed %s; overmatched %s%n", result.candidate().name(), score.set(),
							score.missExamples(), score.overmatchExamples());
				}
			}
		}
	}

	/** The shop words a word-based candidate cuts into more than one term. */
	static void printCuts(ArchiveCandidate candidate, List<String> words, PrintStream out) {
		StringBuilder cuts = new StringBuilder();
		for (String word : words) {
			List<String> terms = candidate.terms(word);
			if (terms.size() > 1) {
				cuts.append(' ').append(word).append('→').append(String.join("|", terms));
			}
		}
		out.printf("%s cuts shop words:%s%n", candidate.name(), cuts);
	}

}
