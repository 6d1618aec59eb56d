package io.kefu.training.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kefu.quality.ReceptionKey;
import io.kefu.quality.Rule;
import io.kefu.quality.StoredInspection;

/**
 * One of a trainee's recent receptions on their page, for the trainer to open in the
 * quality review: its day, the buyer's nick masked, the score and the rules it broke.
 *
 * @param rules the rules of the hits that still count, each once
 */
record TraineeReception(ReceptionKey key, String buyer, int score, List<Rule> rules) {

	/** How many of the latest receptions the trainee's page lists. */
	static final int LATEST = 20;

	/**
	 * How far back the list looks at most, in days: a training is weeks long, and the
	 * stored inspections are answered a year at a time.
	 */
	static final int LOOK_BACK_DAYS = 365;

	/** The latest receptions first. */
	static List<TraineeReception> latest(List<StoredInspection> inspections, Map<Long, String> nicks) {
		return inspections.stream()
			.sorted(Comparator.comparing((StoredInspection inspection) -> inspection.reception().day())
				.thenComparing(StoredInspection::inspectedAt)
				.reversed())
			.limit(LATEST)
			.map(inspection -> new TraineeReception(inspection.reception(),
					masked(nicks.getOrDefault(inspection.reception().buyerId().value(), "")), inspection.score(),
					inspection.hits()
						.stream()
						.filter(hit -> hit.status().counts())
						.map(StoredInspection.Hit::rule)
						.distinct()
						.toList()))
			.toList();
	}

	/**
	 * The nick with all but its first and last characters hidden (张**三), so that the
	 * trainee's page does not list buyers by name.
	 */
	static String masked(String nick) {
		int[] points = nick.codePoints().toArray();
		if (points.length == 0) {
			return "*";
		}
		if (points.length <= 2) {
			return new String(points, 0, 1) + "*";
		}
		return new String(points, 0, 1) + "**" + new String(points, points.length - 1, 1);
	}

}
