package io.kefu.quality;

import io.kefu.quality.internal.InspectionEngine;
import io.kefu.quality.internal.WordAutomaton;

/**
 * Inspects transcripts against one set of rule settings. Building it compiles every
 * rule's word lists into one Aho–Corasick automaton, so build one per settings and keep
 * it: it is immutable and may be shared by threads.
 */
public final class Inspector {

	private final InspectionEngine engine;

	private Inspector(InspectionSettings settings) {
		this.engine = new InspectionEngine(settings, WordAutomaton::of);
	}

	public static Inspector of(InspectionSettings settings) {
		return new Inspector(settings);
	}

	/**
	 * Applies every enabled rule. Transcripts without times get only the rules that read
	 * words ({@link Rule#isTextual()}).
	 */
	public Inspection inspect(Transcript transcript) {
		return engine.inspect(transcript);
	}

}
