package io.kefu.quality.internal;

import java.time.LocalDate;
import java.util.List;

import io.kefu.quality.Inspections;
import io.kefu.quality.QualitySummary;
import io.kefu.quality.StoredInspection;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

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
	public List<StoredInspection> between(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId) {
		requireRange(from, to);
		return store.between(shopId.value(), from, to, agentId == null ? null : agentId.value());
	}

	@Override
	public QualitySummary summary(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId) {
		return QualitySummary.of(between(shopId, from, to, agentId));
	}

	@Override
	public void inspectAgain(ShopId shopId, LocalDate from, LocalDate to) {
		requireRange(from, to);
		queue.add(shopId.value(), from, to);
	}

	@Override
	public int inspectNow(ShopId shopId, LocalDate from, LocalDate to) {
		requireRange(from, to);
		return days.inspect(shopId.value(), from, to);
	}

	private static void requireRange(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new IllegalArgumentException("The period runs from a day to the same or a later one, at most "
					+ MAX_DAYS + " days: " + from + " to " + to);
		}
	}

}
