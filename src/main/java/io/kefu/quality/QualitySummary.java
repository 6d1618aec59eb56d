package io.kefu.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Inspections added up per agent and for the team: receptions inspected, the average
 * score, and hits per 100 receptions by rule (hits that review took off not counted),
 * with the team's average score and receptions by day as the trend.
 */
public record QualitySummary(List<Row> agents, Row team, List<Day> trend) {

	public QualitySummary {
		agents = List.copyOf(agents);
		trend = List.copyOf(trend);
	}

	/**
	 * @param agentId null for the team (0 in JSON, as before ids were typed)
	 */
	public record Row(@JsonSerialize(nullsUsing = AgentId.TeamAsZero.class) @Nullable AgentId agentId, int receptions,
			double averageScore, Map<Rule, Double> hitsPer100) {

		public Row {
			hitsPer100 = Map.copyOf(hitsPer100);
		}

		public double hitsPer100(Rule rule) {
			return hitsPer100.getOrDefault(rule, 0.0);
		}

	}

	public record Day(LocalDate day, int receptions, double averageScore) {
	}

	public static QualitySummary of(List<StoredInspection> inspections) {
		Map<AgentId, Tally> byAgent = new LinkedHashMap<>();
		Tally team = new Tally(null);
		Map<LocalDate, Tally> byDay = new TreeMap<>();
		for (StoredInspection inspection : inspections) {
			ReceptionKey key = inspection.reception();
			byAgent.computeIfAbsent(key.agentId(), Tally::new).add(inspection);
			byDay.computeIfAbsent(key.day(), day -> new Tally(null)).add(inspection);
			team.add(inspection);
		}
		List<Row> agents = new ArrayList<>();
		byAgent.values().forEach(tally -> agents.add(tally.row()));
		List<Day> trend = new ArrayList<>();
		byDay.forEach((day, tally) -> trend.add(new Day(day, tally.receptions, tally.average())));
		return new QualitySummary(agents, team.row(), trend);
	}

	private static final class Tally {

		private final @Nullable AgentId agentId;

		private int receptions;

		private long scores;

		private final Map<Rule, Integer> hits = new EnumMap<>(Rule.class);

		Tally(@Nullable AgentId agentId) {
			this.agentId = agentId;
		}

		void add(StoredInspection inspection) {
			receptions++;
			scores += inspection.score();
			for (StoredInspection.Hit hit : inspection.hits()) {
				if (hit.status().counts()) {
					hits.merge(hit.rule(), 1, Integer::sum);
				}
			}
		}

		double average() {
			return receptions == 0 ? 0 : (double) scores / receptions;
		}

		Row row() {
			Map<Rule, Double> per100 = new EnumMap<>(Rule.class);
			hits.forEach((rule, count) -> per100.put(rule, 100.0 * count / receptions));
			return new Row(agentId, receptions, average(), per100);
		}

	}

}
