package io.kefu.workforce.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.workforce.Assignment;
import io.kefu.workforce.HalfHourNeed;
import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterAgent;
import io.kefu.workforce.RosterSettings;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;
import io.kefu.workforce.StaffingNeeds;

import org.springframework.stereotype.Component;

/**
 * Builds the solver's problem for a shop's month from what is stored: the shifts and
 * rules, the agents with their leave, wishes and last month's published pattern, the need
 * of every day, and the draft's cells (pinned ones stay; the others are where the solver
 * starts).
 */
@Component
class RosterProblems {

	private final RosterStore store;

	private final RosterMembers members;

	private final RosterSettings.Store settings;

	private final StaffingNeeds needs;

	RosterProblems(RosterStore store, RosterMembers members, RosterSettings.Store settings, StaffingNeeds needs) {
		this.store = store;
		this.members = members;
		this.settings = settings;
		this.needs = needs;
	}

	/** The draft as stored with the month's need: the solver's problem. */
	Roster problem(ShopId shop, YearMonth month) {
		RosterSettings rules = settings.of(shop);
		return roster(shop, month, rules, rules.shifts(), need(shop, month), store.draftCells(shop, month));
	}

	/** The need of every half hour of the month. */
	List<HalfHourNeed> need(ShopId shop, YearMonth month) {
		List<HalfHourNeed> need = new ArrayList<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			need.addAll(HalfHourNeed.of(needs.of(shop, day)));
		}
		return need;
	}

	/** The draft's cells, as the caller read them, scored against the given need. */
	Roster draft(ShopId shop, YearMonth month, List<HalfHourNeed> need, List<RosterSheet.Cell> cells) {
		RosterSettings rules = settings.of(shop);
		return roster(shop, month, rules, rules.shifts(), need, cells);
	}

	/**
	 * The published roster, every cell pinned and without the need: what a swap is
	 * checked against (the hard rules only). A shift the shop has changed since keeps its
	 * published times.
	 */
	Roster published(ShopId shop, YearMonth month) {
		RosterSettings rules = settings.of(shop);
		Map<String, Shift> shifts = new LinkedHashMap<>();
		rules.shifts().forEach((shift) -> shifts.put(shift.code(), shift));
		List<RosterSheet.Cell> cells = new ArrayList<>();
		for (RosterStore.PublishedCell cell : store.publishedCells(shop, month)) {
			RosterStore.PublishedShift shift = cell.shift();
			if (shift != null) {
				shifts.putIfAbsent(shift.code(),
						new Shift(shift.code(), shift.name(), shift.start(), shift.end(), ShiftGroup.BOTH));
			}
			cells.add(new RosterSheet.Cell(cell.agent(), cell.day(), shift == null ? null : shift.code(), true));
		}
		return roster(shop, month, rules, List.copyOf(shifts.values()), List.of(), cells);
	}

	private Roster roster(ShopId shop, YearMonth month, RosterSettings rules, List<Shift> shiftList,
			List<HalfHourNeed> need, List<RosterSheet.Cell> cells) {
		Map<String, Shift> shifts = shiftList.stream().collect(Collectors.toMap(Shift::code, Function.identity()));
		Map<AgentId, Set<LocalDate>> leave = byAgent(store.approvedLeave(shop, month));
		Map<AgentId, Set<LocalDate>> wishes = byAgent(store.wishes(shop, month));
		Map<AgentId, Map<DayOfWeek, String>> pattern = pattern(store.publishedCells(shop, month.minusMonths(1)));
		Map<AgentId, Map<LocalDate, RosterSheet.Cell>> stored = new HashMap<>();
		for (RosterSheet.Cell cell : cells) {
			stored.computeIfAbsent(cell.agent(), (agent) -> new HashMap<>()).put(cell.day(), cell);
		}
		List<RosterAgent> agents = new ArrayList<>();
		List<Assignment> assignments = new ArrayList<>();
		for (RosterSheet.Member member : members.of(shop)) {
			RosterAgent agent = new RosterAgent(member.username(), member.name(), member.group(), member.trainee(),
					leave.getOrDefault(member.id(), Set.of()), wishes.getOrDefault(member.id(), Set.of()),
					pattern.getOrDefault(member.id(), Map.of()));
			agents.add(agent);
			Map<LocalDate, RosterSheet.Cell> own = stored.getOrDefault(member.id(), Map.of());
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				RosterSheet.Cell cell = own.get(day);
				Shift shift = cell == null || cell.shift() == null ? null : shifts.get(cell.shift());
				// a cell naming a shift the shop has since removed is open again
				boolean known = cell != null && (cell.shift() == null || shift != null);
				assignments.add(new Assignment(agent, day, shift, known && cell.pinned()));
			}
		}
		return new Roster(shiftList, agents, need, rules.rules(), assignments).withWeights(rules.weights());
	}

	private static Map<AgentId, Set<LocalDate>> byAgent(List<RosterStore.AgentDay> days) {
		Map<AgentId, Set<LocalDate>> byAgent = new HashMap<>();
		for (RosterStore.AgentDay day : days) {
			byAgent.computeIfAbsent(day.agent(), (agent) -> new HashSet<>()).add(day.day());
		}
		return byAgent;
	}

	/**
	 * Each agent's usual code per weekday last month: the most frequent one, the earlier
	 * code on a tie; a day off counts as the code {@link RosterAgent#DAY_OFF}.
	 */
	static Map<AgentId, Map<DayOfWeek, String>> pattern(List<RosterStore.PublishedCell> lastMonth) {
		Map<AgentId, Map<DayOfWeek, Map<String, Integer>>> counts = new HashMap<>();
		for (RosterStore.PublishedCell cell : lastMonth) {
			String code = cell.shift() == null ? RosterAgent.DAY_OFF : cell.shift().code();
			counts.computeIfAbsent(cell.agent(), (agent) -> new HashMap<>())
				.computeIfAbsent(cell.day().getDayOfWeek(), (weekday) -> new HashMap<>())
				.merge(code, 1, Integer::sum);
		}
		Map<AgentId, Map<DayOfWeek, String>> pattern = new HashMap<>();
		counts.forEach((agent, weekdays) -> {
			Map<DayOfWeek, String> usual = new HashMap<>();
			weekdays.forEach((weekday, codes) -> usual.put(weekday,
					codes.entrySet()
						.stream()
						.max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
							.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
						.orElseThrow()
						.getKey()));
			pattern.put(agent, usual);
		});
		return pattern;
	}

}
