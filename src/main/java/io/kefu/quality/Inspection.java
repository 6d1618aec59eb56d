package io.kefu.quality;

import java.util.List;

/**
 * The result of inspecting one transcript: its hits in message order and its score, 100
 * minus the weighted hits, floored at 0 (DOMAIN.md, "Quality").
 */
public record Inspection(int score, List<RuleHit> hits) {

	public static final int FULL_SCORE = 100;

	public Inspection {
		hits = List.copyOf(hits);
	}

	public static Inspection of(List<RuleHit> hits) {
		int lost = 0;
		for (RuleHit hit : hits) {
			lost += hit.weight();
		}
		return new Inspection(Math.max(0, FULL_SCORE - lost), hits);
	}

	public long count(Rule rule) {
		return hits.stream().filter(hit -> hit.rule() == rule).count();
	}

}
