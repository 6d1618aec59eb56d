package io.kefu.workforce;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A roster's score as the supervisor reads it: the rules it breaks, the agent half hours
 * it leaves short of the need, and what it costs in fairness and stability (0 best). The
 * solver writes it as {@code 0hard/-3medium/-120soft}.
 *
 * @param brokenRules the hard rules broken (0 for a roster that can be published safely)
 * @param shortHalfHours agent half hours below the staffing need
 * @param fairness the soft penalty, 0 or below
 */
public record RosterScore(long brokenRules, long shortHalfHours, long fairness) {

	private static final Pattern SOLVER_FORM = Pattern.compile("(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");

	/**
	 * The parts of the solver's score, or null when there is none or it has another
	 * shape.
	 */
	public static @Nullable RosterScore parse(@Nullable String score) {
		if (score == null) {
			return null;
		}
		Matcher parts = SOLVER_FORM.matcher(score.strip());
		if (!parts.matches()) {
			return null;
		}
		return new RosterScore(-Long.parseLong(parts.group(1)), -Long.parseLong(parts.group(2)),
				Long.parseLong(parts.group(3)));
	}

}
