package io.kefu.bench.archive;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Recall and precision of one candidate on one set of searches, macro-averaged: recall
 * over the searches that some message matches, precision over those that found something.
 */
final class QuerySetScore {

	private static final int EXAMPLES = 8;

	private final String set;

	private final List<Double> recalls = new ArrayList<>();

	private final List<Double> precisions = new ArrayList<>();

	private final List<String> misses = new ArrayList<>();

	private final List<String> overmatches = new ArrayList<>();

	private int searches;

	private long nanos;

	QuerySetScore(String set) {
		this.set = set;
	}

	void add(String search, BitSet truth, BitSet found, long nanos) {
		this.searches++;
		this.nanos += nanos;
		BitSet both = (BitSet) found.clone();
		both.and(truth);
		if (!truth.isEmpty()) {
			this.recalls.add((double) both.cardinality() / truth.cardinality());
			if (both.cardinality() < truth.cardinality()) {
				this.misses.add(search + " (" + both.cardinality() + "/" + truth.cardinality() + ")");
			}
		}
		if (!found.isEmpty()) {
			this.precisions.add((double) both.cardinality() / found.cardinality());
			if (both.cardinality() < found.cardinality()) {
				this.overmatches.add(search + " (+" + (found.cardinality() - both.cardinality()) + ")");
			}
		}
	}

	String set() {
		return this.set;
	}

	int searches() {
		return this.searches;
	}

	int matched() {
		return this.recalls.size();
	}

	double recall() {
		return this.recalls.stream().mapToDouble(Double::doubleValue).average().orElse(1);
	}

	double precision() {
		return this.precisions.stream().mapToDouble(Double::doubleValue).average().orElse(1);
	}

	/** Searches that missed a message containing their words. */
	int missed() {
		return this.misses.size();
	}

	/** Searches that found a message not containing their words. */
	int overmatched() {
		return this.overmatches.size();
	}

	double millis() {
		return this.nanos / 1e6;
	}

	List<String> missExamples() {
		return this.misses.subList(0, Math.min(EXAMPLES, this.misses.size()));
	}

	List<String> overmatchExamples() {
		return this.overmatches.subList(0, Math.min(EXAMPLES, this.overmatches.size()));
	}

}
