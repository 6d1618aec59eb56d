package io.kefu.workforce.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

/**
 * The shifts as the settings form writes them, one a line: code, name, start–end and, for
 * a shift of one group only, 售前 or 售后 ({@code N 晚班 17:00-23:30 售前}).
 */
final class RosterSettingsForm {

	private RosterSettingsForm() {
	}

	static String lines(List<Shift> shifts) {
		return shifts.stream().map(RosterSettingsForm::line).collect(Collectors.joining("\n"));
	}

	private static String line(Shift shift) {
		String group = switch (shift.group()) {
			case PRE_SALES -> " 售前";
			case AFTER_SALES -> " 售后";
			case BOTH -> "";
		};
		return shift.code() + " " + shift.name() + " " + shift.start() + "-" + shift.end() + group;
	}

	static List<Shift> shifts(String text) {
		List<Shift> shifts = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String trimmed = lines[i].strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			String[] parts = trimmed.split("\\s+");
			if (parts.length < 3 || parts.length > 4) {
				throw new IllegalArgumentException("shifts line " + (i + 1)
						+ ": a code, a name, start-end and optionally 售前 or 售后, not '" + trimmed + "'");
			}
			String[] times = parts[2].split("[-–~]");
			if (times.length != 2) {
				throw new IllegalArgumentException(
						"shifts line " + (i + 1) + ": times as 09:00-17:30, not " + parts[2]);
			}
			shifts.add(new Shift(parts[0], parts[1], time(times[0], i), time(times[1], i),
					parts.length == 4 ? group(parts[3], i) : ShiftGroup.BOTH));
		}
		return shifts;
	}

	private static LocalTime time(String text, int line) {
		try {
			return LocalTime.parse(text.length() == 4 ? "0" + text : text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("shifts line " + (line + 1) + ": not a time (HH:mm): " + text);
		}
	}

	private static ShiftGroup group(String text, int line) {
		return switch (text) {
			case "售前", "PRE_SALES" -> ShiftGroup.PRE_SALES;
			case "售后", "AFTER_SALES" -> ShiftGroup.AFTER_SALES;
			case "全部", "BOTH" -> ShiftGroup.BOTH;
			default -> throw new IllegalArgumentException(
					"shifts line " + (line + 1) + ": the group is 售前 or 售后, not " + text);
		};
	}

}
