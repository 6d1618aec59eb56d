package io.kefu.analytics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The service figures of every shop, and the settings they are computed with. */
public interface Figures {

	/**
	 * The figures of the shop's agents over business days {@code from} to {@code to}
	 * inclusive. While a recompute of those days is pending, waits for it up to 30
	 * seconds, then answers with what is stored, marked stale.
	 * @param judgeRule overrides the shop's judge rule for this answer, when given
	 */
	TeamFigures team(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule);

	FigureSettings settings(long shopId);

	/** Changes the shop's settings and queues the recompute of its whole history. */
	void changeSettings(long shopId, FigureSettings settings);

}
