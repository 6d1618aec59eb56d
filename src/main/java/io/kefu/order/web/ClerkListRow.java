package io.kefu.order.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** A row of the clerk's list page, its times in the shop's time zone. */
public record ClerkListRow(RemarkTaskView task, String writtenAt, @Nullable String handledAt) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	static ClerkListRow of(RemarkTaskView task, ZoneId zone) {
		return new ClerkListRow(task, format(task.writtenAt(), zone),
				task.handledAt() == null ? null : format(task.handledAt(), zone));
	}

	private static String format(Instant at, ZoneId zone) {
		return TIME.format(at.atZone(zone));
	}

}
