package io.kefu.followup.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The days a follow-up request may name: ISO dates reach year ±999,999,999, which no
 * database timestamp holds, so a day outside 1970–9999 is the request's mistake.
 */
final class FollowupDays {

	private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);

	private static final LocalDate LAST = LocalDate.of(9999, 12, 30);

	private FollowupDays() {
	}

	static void requireSane(@Nullable LocalDate... days) {
		for (LocalDate day : days) {
			if (day != null && (day.isBefore(FIRST) || day.isAfter(LAST))) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"A day is between " + FIRST + " and " + LAST + ", not " + day);
			}
		}
	}

}
