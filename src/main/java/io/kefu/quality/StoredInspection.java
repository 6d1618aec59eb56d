package io.kefu.quality;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The stored inspection of one reception, with what review made of its hits.
 *
 * @param score 100 minus the weights of the hits that count, floored at 0
 * @param rulesVersion the version of the shop's rule settings it was made with
 */
public record StoredInspection(ReceptionKey reception, int score, int rulesVersion, Instant inspectedAt,
		List<Hit> hits) {

	public StoredInspection {
		hits = List.copyOf(hits);
	}

	/**
	 * @param messageId the stored message the hit points at
	 * @param reason the agent's reason, for a disputed hit
	 */
	public record Hit(Rule rule, long messageId, Severity severity, int weight, HitStatus status,
			@Nullable String reason) {
	}

	/** The score with every hit that counts taken off. */
	static int scoreOf(List<Hit> hits) {
		int lost = 0;
		for (Hit hit : hits) {
			if (hit.status().counts()) {
				lost += hit.weight();
			}
		}
		return Math.max(0, Inspection.FULL_SCORE - lost);
	}

	public static StoredInspection of(ReceptionKey reception, int rulesVersion, Instant inspectedAt, List<Hit> hits) {
		return new StoredInspection(reception, scoreOf(hits), rulesVersion, inspectedAt, hits);
	}

}
