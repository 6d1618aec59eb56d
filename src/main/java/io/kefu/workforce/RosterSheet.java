package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A month's roster as the department reads it (排班表): the agents down, the days across, a
 * shift code or a day off in each cell. Supervisors read the draft, with its score and
 * what breaks a rule; everyone else reads the published copy.
 *
 * @param month the month
 * @param status where the roster stands
 * @param score the draft's score ({@code 0hard/-3medium/-120soft}), null when unscored
 * @param solving the running solve, null when none
 * @param publishedAt when the month was last published, null before
 * @param shifts the shifts the cells name
 * @param agents the rows, in the department's order
 * @param cells the cells set; a missing cell is open (not yet rostered)
 * @param violations the rules the draft breaks and the need it leaves short; empty for
 * the published copy
 */
public record RosterSheet(YearMonth month, Status status, @Nullable String score, @Nullable Solving solving,
		@Nullable Instant publishedAt, List<Shift> shifts, List<Member> agents, List<Cell> cells,
		List<RosterViolation> violations) {

	public RosterSheet {
		shifts = List.copyOf(shifts);
		agents = List.copyOf(agents);
		cells = List.copyOf(cells);
		violations = List.copyOf(violations);
	}

	/**
	 * The agents at work in each of the day's 48 half hours from 00:00, for the staffing
	 * chart; a shift from the day before that runs past midnight counts in the small
	 * hours.
	 */
	public List<Integer> rosteredOn(LocalDate day) {
		java.util.Map<String, Shift> byCode = new java.util.HashMap<>();
		shifts.forEach((shift) -> byCode.put(shift.code(), shift));
		int[] counts = new int[48];
		for (Cell cell : cells) {
			Shift shift = cell.shift() == null ? null : byCode.get(cell.shift());
			if (shift == null || !(cell.day().equals(day) || cell.day().equals(day.minusDays(1)))) {
				continue;
			}
			boolean overnight = !shift.end().isAfter(shift.start());
			for (int i = 0; i < 48; i++) {
				java.time.LocalTime halfHour = java.time.LocalTime.MIDNIGHT.plusMinutes(30L * i);
				boolean early = halfHour.isBefore(shift.start());
				if (shift.covers(halfHour) && (cell.day().equals(day) ? !(overnight && early) : overnight && early)) {
					counts[i]++;
				}
			}
		}
		return java.util.Arrays.stream(counts).boxed().toList();
	}

	/** Where a month's roster stands. */
	public enum Status {

		/** nothing rostered yet */
		NONE,
		/** a solver is working on the draft */
		SOLVING,
		/** the draft differs from what was published, or was never published */
		DRAFT,
		/** the draft is what the department works to */
		PUBLISHED

	}

	/**
	 * A solve in progress.
	 *
	 * @param since when it was started
	 * @param until when it stops at the latest
	 * @param bestScore the best score found so far, null before the first
	 */
	public record Solving(Instant since, Instant until, @Nullable String bestScore) {
	}

	/** A row of the roster: an agent who works shifts. */
	public record Member(AgentId id, String username, String name, ShiftGroup group, boolean trainee) {
	}

	/**
	 * A cell: the agent's shift on a day, a day off when {@code shift} is null.
	 *
	 * @param pinned set by a supervisor; the solver keeps it
	 */
	public record Cell(AgentId agent, LocalDate day, @Nullable String shift, boolean pinned) {
	}

}
