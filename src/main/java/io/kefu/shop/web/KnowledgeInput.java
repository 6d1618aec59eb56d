package io.kefu.shop.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import io.kefu.shop.InvalidKnowledgeException;

import org.jspecify.annotations.Nullable;

/**
 * Dates and times as the API and the forms take them, refused with the field named:
 * {@code 2026-11-11}, {@code 16:00}.
 */
final class KnowledgeInput {

	private KnowledgeInput() {
	}

	static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidKnowledgeException(field, "is a date (yyyy-MM-dd), not " + text);
		}
	}

	static @Nullable LocalTime time(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidKnowledgeException(field, "is a time of day (HH:mm), not " + text);
		}
	}

}
