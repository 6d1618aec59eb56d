package io.kefu.demo.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.workforce.Assignment;
import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterAgent;
import io.kefu.workforce.RosterCheck;
import io.kefu.workforce.RosterRules;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.Rosters;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's rule-built roster keeps every hard rule of the solver's, whatever month the
 * demo is started in.
 */
class DemoRosterPlanUnitTests {

	private static final RosterCheck CHECK = new RosterCheck();

	private final DemoRosterPlan plan = new DemoRosterPlan(Shift.defaults(), 4);

	private static List<DemoRosterPlan.Worker> demoStaff(YearMonth month) {
		List<DemoRosterPlan.Worker> workers = new ArrayList<>();
		for (DemoStaff.Member member : DemoStaff.MEMBERS) {
			DemoStaff.Profile profile = member.profile();
			if (profile == null || member.group() == null) {
				continue;
			}
			Set<LocalDate> leave = member.username().equals("ajie") ? Set.of(month.atDay(12), month.atDay(13))
					: Set.of();
			Set<LocalDate> wishes = switch (member.username()) {
				case "xiaomei" -> Set.of(month.atDay(14));
				case "xiaoqing" -> Set.of(month.atDay(20));
				case "aning" -> Set.of(month.atDay(25));
				default -> Set.of();
			};
			workers.add(new DemoRosterPlan.Worker(member.username(), ShiftGroup.valueOf(member.group().name()),
					member.trainee(), profile.from(), profile.to(), profile.dayOff(), leave, wishes));
		}
		return workers;
	}

	private static Roster rosterOf(List<DemoRosterPlan.Worker> workers, List<Rosters.CellChange> cells) {
		Map<String, RosterAgent> agents = new HashMap<>();
		for (DemoRosterPlan.Worker worker : workers) {
			agents.put(worker.username(), new RosterAgent(worker.username(), worker.username(), worker.group(),
					worker.trainee(), worker.leave(), worker.wishes(), Map.of()));
		}
		Map<String, Shift> shifts = new HashMap<>();
		Shift.defaults().forEach((shift) -> shifts.put(shift.code(), shift));
		List<Assignment> assignments = cells.stream()
			.map((cell) -> new Assignment(agents.get(cell.agent()), cell.day(),
					cell.shift() == null ? null : shifts.get(cell.shift()), cell.pinned()))
			.toList();
		return new Roster(Shift.defaults(), List.copyOf(agents.values()), List.of(), RosterRules.defaults(),
				assignments);
	}

	@Test
	void everyMonthOfTwoYearsKeepsEveryHardRule() {
		for (YearMonth month = YearMonth.of(2026, 1); month
			.isBefore(YearMonth.of(2028, 1)); month = month.plusMonths(1)) {
			List<DemoRosterPlan.Worker> workers = demoStaff(month);
			List<Rosters.CellChange> cells = plan.month(month, workers);

			assertThat(cells).hasSize(workers.size() * month.lengthOfMonth());
			List<RosterViolation> broken = CHECK.violations(rosterOf(workers, cells));
			assertThat(broken).as("hard rules broken in %s", month)
				.noneMatch((violation) -> violation.level() == RosterViolation.Level.HARD);
		}
	}

	@Test
	void daysAskedForAreRestedAndLeaveIsOffOnTop() {
		YearMonth month = YearMonth.of(2026, 11);
		List<Rosters.CellChange> cells = plan.month(month, demoStaff(month));

		assertThat(shift(cells, "xiaomei", month.atDay(14))).isNull();
		assertThat(shift(cells, "ajie", month.atDay(12))).isNull();
		assertThat(shift(cells, "ajie", month.atDay(13))).isNull();
		assertThat(cells.stream().filter((cell) -> cell.agent().equals("ajie") && cell.shift() == null))
			.as("four days off and two of leave")
			.hasSize(6);
	}

	@Test
	void eachAgentKeepsTheShiftOfTheirHoursAndTheTraineeWorksWithAColleague() {
		YearMonth month = YearMonth.of(2026, 11);
		List<Rosters.CellChange> cells = plan.month(month, demoStaff(month));

		assertThat(shifts(cells, "xiaomei")).containsOnly("D");
		assertThat(shifts(cells, "xiaoqing")).containsOnly("N");
		assertThat(shifts(cells, "aning")).containsOnly("N");
		assertThat(shifts(cells, "xiaotang")).containsOnly("D");
	}

	private static String shift(List<Rosters.CellChange> cells, String agent, LocalDate day) {
		return cells.stream()
			.filter((cell) -> cell.agent().equals(agent) && cell.day().equals(day))
			.findFirst()
			.orElseThrow()
			.shift();
	}

	private static List<String> shifts(List<Rosters.CellChange> cells, String agent) {
		return cells.stream()
			.filter((cell) -> cell.agent().equals(agent) && cell.shift() != null)
			.map(Rosters.CellChange::shift)
			.toList();
	}

}
