package io.kefu.training;

import java.time.Instant;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A page of the shop's curriculum (培训资料, seed 001 3.2–3.9): Markdown the trainer edits,
 * in the order the index shows it.
 *
 * @param slug the page's name in its address ({@code skills})
 * @param editedBy who saved it last; null while it is the default text, or once their
 * account is gone
 * @param editedAt when it was saved last; null while it is the default text
 */
public record CurriculumPage(String slug, String title, String body, int position, @Nullable AgentId editedBy,
		@Nullable Instant editedAt) {

	public static final int MAX_TITLE = 100;

	public static final int MAX_BODY = 50_000;

	public CurriculumPage {
		title = title.strip();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw new IllegalArgumentException("title: 1 to " + MAX_TITLE + " characters");
		}
		refuseControls("title", title, false);
		if (body.length() > MAX_BODY) {
			throw new IllegalArgumentException("body: at most " + MAX_BODY + " characters, not " + body.length());
		}
		refuseControls("body", body, true);
	}

	/**
	 * NUL and the other control characters are invisible and PostgreSQL refuses NUL; a
	 * body keeps its line breaks and tabs, a title is one line. (A lone surrogate is
	 * refused at the door, with every request's text:
	 * {@code io.kefu.web.ControlCharacters}.)
	 */
	private static void refuseControls(String field, String text, boolean lines) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean layout = c == '\n' || c == '\r' || c == '\t';
			boolean separator = c == '\u2028' || c == '\u2029';
			if ((c < 0x20 && !(lines && layout)) || (c >= 0x7f && c <= 0x9f) || (separator && !lines)) {
				throw new IllegalArgumentException(
						"%s: no control characters (U+%04X at %d)".formatted(field, (int) c, i));
			}
		}
	}

	/** Whether the trainer or a supervisor changed the default text. */
	public boolean edited() {
		return editedAt != null;
	}

	/** The same page with a new title and body, saved by someone. */
	public CurriculumPage edit(String newTitle, String newBody, AgentId by, Instant at) {
		return new CurriculumPage(slug, newTitle, newBody, position, by, at);
	}

}
