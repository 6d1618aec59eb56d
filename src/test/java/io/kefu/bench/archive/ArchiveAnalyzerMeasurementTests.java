package io.kefu.bench.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which way of indexing Chinese chat text finds what the archive's search promises: every
 * message that contains all the words typed. Measured on the JDDC corpus, read from
 * {@code ../shared} (research-only terms: it is never copied here); skipped where the
 * corpus is absent. Not a unit test by name, so the build runs it only when asked:
 * {@code ./mvnw -o test -Dtest=ArchiveAnalyzerMeasurementTests}, optionally with
 * {@code -Dkefu.archive.corpus=FILE}. docs/archive-analyzers.md has the results.
 */
class ArchiveAnalyzerMeasurementTests {

	private static final Path CORPUS = Path
		.of(System.getProperty("kefu.archive.corpus", "../shared/data/external/jddc2019_sample/chat_0.1per.txt"));

	private static final String SHOP_WORDS = "shop words";

	private static final String SAMPLED_WORDS = "sampled words";

	private static final String SAMPLED_PAIRS = "sampled pairs";

	@Test
	void characterBigramsFindEveryMessageThatContainsTheWords() throws IOException {
		assumeTrue(Files.isReadable(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
		ChatCorpus corpus = ChatCorpus.read(CORPUS);
		Map<String, List<ArchiveQuery>> sets = new LinkedHashMap<>();
		sets.put(SHOP_WORDS, ArchiveQuery.shopWords());
		sets.put(SAMPLED_WORDS, ArchiveQuery.sampledWords(corpus, 300, 20261207L));
		sets.put(SAMPLED_PAIRS, ArchiveQuery.sampledPairs(corpus, 100, 20261208L));
		ArchiveMeasurement measurement = new ArchiveMeasurement(corpus, sets);
		List<ArchiveMeasurement.Result> results = new ArrayList<>();
		for (ArchiveCandidate candidate : List.of(ArchiveCandidate.smartChinese(), ArchiveCandidate.bigrams(),
				ArchiveCandidate.hanlp())) {
			results.add(measurement.measure(candidate));
		}

		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		ArchiveMeasurement.print(corpus, results, out);
		ArchiveMeasurement.printCuts(ArchiveCandidate.smartChinese(), ArchiveQuery.SHOP_WORDS, out);
		ArchiveMeasurement.printCuts(ArchiveCandidate.hanlp(), ArchiveQuery.SHOP_WORDS, out);

		ArchiveMeasurement.Result bigrams = results.get(1);
		for (String set : List.of(SHOP_WORDS, SAMPLED_WORDS)) {
			QuerySetScore score = bigrams.score(set);
			assertThat(score.recall()).as("bigram recall on %s, missed %s", set, score.missExamples()).isEqualTo(1.0);
		}
	}

}
