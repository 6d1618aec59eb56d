package io.kefu.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.kefu.workforce.HalfHourNeed;
import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterAgent;
import io.kefu.workforce.RosterRules;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

/**
 * The month {@code bench roster} solves: June 2026 (30 days) for N agents with seed 000's
 * three shifts and four days off, generated from a fixed seed so that every run solves
 * the same problem. Of every 8 agents 4 are pre-sales, 2 after-sales, 1 both and 1 a
 * trainee (pre-sales, every other one after-sales); 1 in 6 has 1 to 3 days of leave, 1 in
 * 3 asks for 1 or 2 days off, 2 in 3 of the qualified agents have last month's pattern.
 * The need follows a shop's day from 9:00 to 23:30, peaking from 11:00 to 14:00 and again
 * in the evening; at its peaks it needs 0.4 and 0.3 of the agents, and about 0.7 of them
 * a day in all against the 0.87 at work, so a roster covering it exists.
 */
final class RosterBenchMonth {

	static final YearMonth MONTH = YearMonth.of(2026, 6);

	private static final ShiftGroup[] GROUPS = { ShiftGroup.PRE_SALES, ShiftGroup.PRE_SALES, ShiftGroup.AFTER_SALES,
			ShiftGroup.BOTH, ShiftGroup.PRE_SALES, ShiftGroup.AFTER_SALES, ShiftGroup.PRE_SALES };

	private static final String[] PATTERNS = { "D", "N", "H" };

	private RosterBenchMonth() {
	}

	static Roster of(int agents) {
		Random random = new Random(17L * agents);
		List<RosterAgent> roster = new ArrayList<>();
		for (int i = 0; i < agents; i++) {
			roster.add(agent(i, random));
		}
		List<HalfHourNeed> needs = new ArrayList<>();
		for (LocalDate day = MONTH.atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
			for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(23, 30)); t = t.plusMinutes(30)) {
				needs.add(new HalfHourNeed(day, t, Math.max(1, (int) Math.floor(share(t) * agents))));
			}
		}
		return Roster.open(MONTH, Shift.defaults(), roster, needs, RosterRules.defaults());
	}

	/** The share of the agents a half hour needs at work. */
	static double share(LocalTime t) {
		if (t.isBefore(LocalTime.of(10, 0))) {
			return 0.20;
		}
		if (t.isBefore(LocalTime.of(11, 0))) {
			return 0.30;
		}
		if (t.isBefore(LocalTime.of(14, 0))) {
			return 0.40;
		}
		if (t.isBefore(LocalTime.of(17, 0))) {
			return 0.28;
		}
		if (t.isBefore(LocalTime.of(19, 30))) {
			return 0.22;
		}
		return t.isBefore(LocalTime.of(22, 30)) ? 0.30 : 0.15;
	}

	private static RosterAgent agent(int i, Random random) {
		boolean trainee = i % 8 == 7;
		ShiftGroup group = trainee ? (i % 16 == 15 ? ShiftGroup.AFTER_SALES : ShiftGroup.PRE_SALES) : GROUPS[i % 8];
		String id = String.format("agent%03d", i + 1);
		return new RosterAgent(id, "客服" + (i + 1), group, trainee, leave(random), requestedOff(random),
				trainee || random.nextInt(3) == 0 ? Map.of() : lastMonth(random));
	}

	private static Set<LocalDate> leave(Random random) {
		Set<LocalDate> days = new HashSet<>();
		if (random.nextInt(6) == 0) {
			LocalDate start = MONTH.atDay(1 + random.nextInt(27));
			for (int d = 0, length = 1 + random.nextInt(3); d < length; d++) {
				days.add(start.plusDays(d));
			}
		}
		return days;
	}

	private static Set<LocalDate> requestedOff(Random random) {
		Set<LocalDate> days = new HashSet<>();
		if (random.nextInt(3) == 0) {
			for (int d = 0, count = 1 + random.nextInt(2); d < count; d++) {
				days.add(MONTH.atDay(1 + random.nextInt(MONTH.lengthOfMonth())));
			}
		}
		return days;
	}

	/** The same shift six days a week and one weekday off. */
	private static Map<DayOfWeek, String> lastMonth(Random random) {
		String shift = PATTERNS[random.nextInt(PATTERNS.length)];
		DayOfWeek off = DayOfWeek.of(1 + random.nextInt(7));
		Map<DayOfWeek, String> pattern = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			pattern.put(day, day == off ? RosterAgent.DAY_OFF : shift);
		}
		return pattern;
	}

}
