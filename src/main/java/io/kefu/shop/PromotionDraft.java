package io.kefu.shop;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A promotion as people enter it: its first and last business day (both included), its
 * rules, the agents' script and the auto-reply while it runs. The constructor refuses
 * what cannot be stored, naming the field.
 */
public record PromotionDraft(String name, LocalDate firstDay, LocalDate lastDay, String rules, String script,
		String autoReply) {

	public static final int MAX_NAME = 60;

	public static final int MAX_TEXT = 2000;

	/** The auto-reply is sent as a chat message, whose greeting is at most this long. */
	public static final int MAX_AUTO_REPLY = 500;

	/**
	 * The earliest first day: a promotion is of the shop's business, and a day outside
	 * these years cannot be turned into the instants stored.
	 */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The latest last day. */
	public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	public PromotionDraft(@Nullable String name, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
			@Nullable String rules, @Nullable String script, @Nullable String autoReply) {
		this.name = KnowledgeText.required("name", name, MAX_NAME);
		if (firstDay == null) {
			throw new InvalidKnowledgeException("startDate", "is required");
		}
		if (lastDay == null) {
			throw new InvalidKnowledgeException("endDate", "is required");
		}
		if (firstDay.isBefore(EARLIEST) || firstDay.isAfter(LATEST)) {
			throw new InvalidKnowledgeException("startDate",
					"is from " + EARLIEST + " to " + LATEST + ", not " + firstDay);
		}
		if (lastDay.isBefore(EARLIEST) || lastDay.isAfter(LATEST)) {
			throw new InvalidKnowledgeException("endDate",
					"is from " + EARLIEST + " to " + LATEST + ", not " + lastDay);
		}
		if (lastDay.isBefore(firstDay)) {
			throw new InvalidKnowledgeException("endDate", "is on or after the start date " + firstDay);
		}
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.rules = KnowledgeText.optional("rules", rules, MAX_TEXT);
		this.script = KnowledgeText.optional("script", script, MAX_TEXT);
		this.autoReply = KnowledgeText.optional("autoReply", autoReply, MAX_AUTO_REPLY);
	}

}
