package io.kefu.quality;

import java.util.List;
import java.util.function.Function;

import io.kefu.quality.internal.InspectionEngine;
import io.kefu.quality.internal.Matches;
import io.kefu.quality.internal.NaiveWordMatcher;
import io.kefu.quality.internal.WordAutomaton;
import io.kefu.quality.internal.WordMatcher;

/**
 * Inspects transcripts against one set of rule settings. Building it compiles every
 * rule's word lists into one Aho–Corasick automaton, so build one per settings and keep
 * it: it is immutable and may be shared by threads.
 */
public final class Inspector {

	private final InspectionEngine engine;

	private Inspector(InspectionSettings settings, Function<List<String>, WordMatcher> matchers) {
		this.engine = new InspectionEngine(settings, matchers);
	}

	public static Inspector of(InspectionSettings settings) {
		return new Inspector(settings, WordAutomaton::of);
	}

	/**
	 * The same rules with the baseline the automaton is measured against ({@code bench
	 * quality}): a loop of {@code indexOf} per word. Same inspections, slower.
	 */
	public static Inspector withIndexOfLoop(InspectionSettings settings) {
		return new Inspector(settings, NaiveWordMatcher::new);
	}

	/**
	 * Applies every enabled rule. Transcripts without times get only the rules that read
	 * words ({@link Rule#isTextual()}).
	 */
	public Inspection inspect(Transcript transcript) {
		return engine.inspect(transcript);
	}

	/**
	 * The word lists alone over every human agent message of the transcripts, each read
	 * once: the occurrences found. Timing it gives the share of the engine's time spent
	 * matching words.
	 */
	public long countWords(List<Transcript> transcripts) {
		WordMatcher matcher = engine.wordMatcher();
		Matches matches = new Matches();
		long found = 0;
		for (Transcript transcript : transcripts) {
			for (TranscriptMessage message : transcript.messages()) {
				if (message.isHumanAgentMessage()) {
					matches.clear();
					matcher.findAll(message.content(), matches);
					found += matches.size();
				}
			}
		}
		return found;
	}

}
