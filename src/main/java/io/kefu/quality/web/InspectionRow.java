package io.kefu.quality.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kefu.quality.HitStatus;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.Rule;
import io.kefu.quality.StoredInspection;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * One inspected reception in the quality page's list: the lowest scores first, so that
 * what needs review is on top.
 *
 * @param hits the hits that still count
 * @param disputed hits waiting for the supervisor
 */
public record InspectionRow(ReceptionKey reception, String agent, String buyer, int score, int hits, int disputed) {

	static final Comparator<InspectionRow> LOWEST_FIRST = Comparator.comparingInt(InspectionRow::score)
		.thenComparing(row -> row.reception().day(), Comparator.reverseOrder())
		.thenComparingLong(row -> row.reception().agentId().value())
		.thenComparingLong(row -> row.reception().buyerId().value());

	/**
	 * @param rule only receptions with a hit of this rule that counts, when given
	 * @param disputedOnly only receptions with a hit waiting for a settlement
	 */
	static List<InspectionRow> of(List<StoredInspection> inspections, @Nullable Rule rule, boolean disputedOnly,
			Map<AgentId, String> agents, Map<Long, String> buyers) {
		return inspections.stream()
			.filter(inspection -> rule == null
					|| inspection.hits().stream().anyMatch(hit -> hit.rule() == rule && hit.status().counts()))
			.filter(inspection -> !disputedOnly || disputed(inspection) > 0)
			.map(inspection -> row(inspection, agents, buyers))
			.sorted(LOWEST_FIRST)
			.toList();
	}

	private static InspectionRow row(StoredInspection inspection, Map<AgentId, String> agents,
			Map<Long, String> buyers) {
		ReceptionKey key = inspection.reception();
		int counting = (int) inspection.hits().stream().filter(hit -> hit.status().counts()).count();
		return new InspectionRow(key, agents.getOrDefault(key.agentId(), "#" + key.agentId().value()),
				buyers.getOrDefault(key.buyerId().value(), "#" + key.buyerId().value()), inspection.score(), counting,
				disputed(inspection));
	}

	private static int disputed(StoredInspection inspection) {
		return (int) inspection.hits().stream().filter(hit -> hit.status() == HitStatus.DISPUTED).count();
	}

}
