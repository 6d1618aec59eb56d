package io.kefu.workforce.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.staff.AgentId;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.Shift;

import org.jspecify.annotations.Nullable;

/**
 * The roster page's grid: agents down, days across, the reader's own row first; each cell
 * its shift's code and how to draw it, each day how many agent-half-hours the need is
 * short.
 */
record RosterGrid(List<Day> days, List<Row> rows, List<ShiftKey> legend) {

	static RosterGrid of(RosterSheet sheet, @Nullable AgentId reader) {
		Map<String, Integer> shiftIndex = new HashMap<>();
		List<ShiftKey> legend = new ArrayList<>();
		for (Shift shift : sheet.shifts()) {
			shiftIndex.put(shift.code(), shiftIndex.size());
			legend.add(new ShiftKey(shift.code(), shift.name(), shift.start().toString(), shift.end().toString(),
					shift.minutes(), "s" + (legend.size() % 6)));
		}
		Map<LocalDate, Long> short_ = new HashMap<>();
		Set<String> faulty = new HashSet<>();
		for (RosterViolation violation : sheet.violations()) {
			if (violation.level() == RosterViolation.Level.MEDIUM && violation.day() != null) {
				short_.merge(violation.day(), violation.penalty(), Long::sum);
			}
			if (violation.level() == RosterViolation.Level.HARD && violation.agent() != null
					&& violation.day() != null) {
				faulty.add(violation.agent() + "/" + violation.day());
			}
		}
		List<Day> days = new ArrayList<>();
		for (LocalDate day = sheet.month().atDay(1); !day.isAfter(sheet.month().atEndOfMonth()); day = day
			.plusDays(1)) {
			days.add(new Day(day, day.getDayOfMonth(), day.getDayOfWeek().getValue(), weekend(day),
					short_.getOrDefault(day, 0L)));
		}
		Map<AgentId, Map<LocalDate, RosterSheet.Cell>> cells = new HashMap<>();
		for (RosterSheet.Cell cell : sheet.cells()) {
			cells.computeIfAbsent(cell.agent(), (agent) -> new HashMap<>()).put(cell.day(), cell);
		}
		List<Row> rows = new ArrayList<>();
		for (RosterSheet.Member member : sheet.agents()) {
			Map<LocalDate, RosterSheet.Cell> own = cells.getOrDefault(member.id(), Map.of());
			List<GridCell> line = new ArrayList<>();
			int minutes = 0;
			int off = 0;
			for (Day day : days) {
				RosterSheet.Cell cell = own.get(day.date());
				String code = cell == null ? null : cell.shift();
				Integer index = code == null ? null : shiftIndex.get(code);
				if (index != null) {
					minutes += legend.get(index).minutes();
				}
				if (cell != null && code == null) {
					off++;
				}
				line.add(new GridCell(day.date(), cell != null, code, index == null ? "" : legend.get(index).style(),
						cell != null && cell.pinned(), faulty.contains(member.username() + "/" + day.date())));
			}
			boolean mine = member.id().equals(reader);
			Row row = new Row(member, mine, line, minutes / 60.0, off);
			if (mine) {
				rows.add(0, row);
			}
			else {
				rows.add(row);
			}
		}
		return new RosterGrid(days, rows, legend);
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/**
	 * A column: the day, its weekday (1 Monday … 7 Sunday) and the agent-half-hours
	 * short.
	 */
	record Day(LocalDate date, int dayOfMonth, int weekday, boolean weekend, long shortBy) {
	}

	/** An agent's line: their cells, hours and days off. */
	record Row(RosterSheet.Member member, boolean mine, List<GridCell> cells, double hours, int daysOff) {
	}

	/**
	 * A cell: {@code set} false when not rostered yet; {@code shift} null with
	 * {@code set} is a day off.
	 */
	record GridCell(LocalDate date, boolean set, @Nullable String shift, String style, boolean pinned, boolean faulty) {
	}

	/** A shift in the legend, with the style its cells are drawn in. */
	record ShiftKey(String code, String name, String start, String end, int minutes, String style) {
	}

}
