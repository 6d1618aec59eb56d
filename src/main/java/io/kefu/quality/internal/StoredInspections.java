package io.kefu.quality.internal;

import java.time.LocalDate;
import java.util.List;

import io.kefu.quality.Inspections;
import io.kefu.quality.QualitySummary;
import io.kefu.quality.StoredInspection;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class StoredInspections implements Inspections {

	/** A year of a shop's days at most in one answer. */
	private static final int MAX_DAYS = 366;

	private final InspectionStore store;

	private final InspectionQueue queue;

	private final DayInspections days;

	StoredInspections(InspectionStore store, InspectionQueue queue, DayInspections days) {
		this.store = store;
		this.queue = queue;
		this.days = days;
	}

	@Override
	public List<StoredInspection> between(long shopId, LocalDate from, LocalDate to, @Nullable Long agentId) {
		requireRange(from, to);
		return store.between(shopId, from, to, agentId);
	}

	@Override
	public QualitySummary summary(long shopId, LocalDate from, LocalDate to, @Nullable Long agentId) {
		return QualitySummary.of(between(shopId, from, to, agentId));
	}

	@Override
	public void inspectAgain(long shopId, LocalDate from, LocalDate to) {
		requireRange(from, to);
		queue.add(shopId, from, to);
	}

	@Override
	public int inspectNow(long shopId, LocalDate from, LocalDate to) {
		requireRange(from, to);
		return days.inspect(shopId, from, to);
	}

	private static void requireRange(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new IllegalArgumentException("The period runs from a day to the same or a later one, at most "
					+ MAX_DAYS + " days: " + from + " to " + to);
		}
	}

}
