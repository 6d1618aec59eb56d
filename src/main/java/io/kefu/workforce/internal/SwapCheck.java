package io.kefu.workforce.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.kefu.workforce.Assignment;
import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterCheck;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.Shift;

/**
 * Whether a swap breaks a hard roster rule: the published roster with the two cells
 * traded is checked against the published roster as it is, so that a rule the published
 * roster already broke does not hold up a swap that has nothing to do with it. A rule
 * counts as broken by the swap when it is broken more often for an agent on a day than
 * before (a trainee left alone by the swap is named, not the two who swapped).
 */
final class SwapCheck {

	/**
	 * A cover moves a day of rest from one agent to the other by definition; the
	 * supervisor evens the days off out later in the month.
	 */
	static final String DAYS_OFF = "exact days off";

	private final RosterCheck check;

	SwapCheck(RosterCheck check) {
		this.check = check;
	}

	/**
	 * The first hard rule the trade breaks that the roster kept, hard rules in the order
	 * the check lists them; the roster is left traded.
	 * @param from the proposer's id in the roster (their username)
	 * @param to the colleague's id in the roster
	 */
	Optional<RosterViolation> broken(Roster roster, LocalDate day, String from, String to) {
		Map<Key, Integer> before = hard(check.violations(roster));
		Assignment fromCell = cell(roster, from, day);
		Assignment toCell = cell(roster, to, day);
		boolean cover = fromCell.getShift() == null || toCell.getShift() == null;
		Shift fromShift = fromCell.getShift();
		fromCell.setShift(toCell.getShift());
		toCell.setShift(fromShift);
		Map<Key, Integer> seen = new HashMap<>();
		for (RosterViolation violation : check.violations(roster)) {
			if (violation.level() != RosterViolation.Level.HARD) {
				continue;
			}
			Key key = Key.of(violation);
			int count = seen.merge(key, 1, Integer::sum);
			boolean coverRest = cover && violation.constraint().equals(DAYS_OFF)
					&& (from.equals(violation.agent()) || to.equals(violation.agent()));
			if (count > before.getOrDefault(key, 0) && !coverRest) {
				return Optional.of(violation);
			}
		}
		return Optional.empty();
	}

	private static Map<Key, Integer> hard(List<RosterViolation> violations) {
		Map<Key, Integer> counts = new HashMap<>();
		violations.stream()
			.filter((violation) -> violation.level() == RosterViolation.Level.HARD)
			.forEach((violation) -> counts.merge(Key.of(violation), 1, Integer::sum));
		return counts;
	}

	private static Assignment cell(Roster roster, String agent, LocalDate day) {
		return roster.getAssignments()
			.stream()
			.filter((cell) -> cell.getAgent().id().equals(agent) && cell.getDay().equals(day))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The roster has no cell of " + agent + " on " + day));
	}

	private record Key(String constraint, String agent, String day) {

		static Key of(RosterViolation violation) {
			return new Key(violation.constraint(), Objects.toString(violation.agent(), ""),
					Objects.toString(violation.day(), ""));
		}

	}

}
