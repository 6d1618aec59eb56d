package io.kefu.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.workforce.Rosters;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

/**
 * The demo's month of cells, built by a plain rule instead of the solver so that the demo
 * is the same on every start and costs no solving time: each agent keeps the shift
 * nearest the hours they work in the demo history all month (so no day shift ever follows
 * a night shift), and rests exactly the month's days off — the days they asked for first,
 * then their weekly day off, then the earliest free days. Approved leave is off on top. A
 * trainee works the shift of a qualified colleague and rests on any day no such colleague
 * works; their colleagues avoid resting together. It keeps every hard rule of the roster;
 * covering the need is left to the supervisor's 排班.
 */
final class DemoRosterPlan {

	private final List<Shift> shifts;

	private final int daysOff;

	DemoRosterPlan(List<Shift> shifts, int daysOff) {
		this.shifts = List.copyOf(shifts);
		this.daysOff = daysOff;
	}

	/** The cells of every agent for every day of the month, none pinned. */
	List<Rosters.CellChange> month(YearMonth month, List<Worker> workers) {
		Map<String, Shift> shiftOf = new HashMap<>();
		for (Worker worker : workers) {
			if (!worker.trainee()) {
				shiftOf.put(worker.username(), nearest(worker, shifts));
			}
		}
		for (Worker worker : workers) {
			if (worker.trainee()) {
				List<Shift> accompanied = workers.stream()
					.filter((other) -> canAccompany(other, worker))
					.map((other) -> shiftOf.get(other.username()))
					.distinct()
					.toList();
				shiftOf.put(worker.username(), nearest(worker, accompanied.isEmpty() ? shifts : accompanied));
			}
		}
		Map<String, Set<LocalDate>> off = new HashMap<>();
		List<Worker> ordered = new ArrayList<>(workers);
		// qualified agents first: a trainee's days off follow their colleagues'
		ordered.sort(Comparator.comparing(Worker::trainee));
		for (Worker worker : ordered) {
			Set<LocalDate> rest = restDays(month, worker, shiftOf, workers, off);
			if (shiftOf.get(worker.username()).isNightShift() && !worker.trainee()) {
				rest = withWholeDay(month, worker, rest);
			}
			off.put(worker.username(), rest);
		}
		List<Rosters.CellChange> cells = new ArrayList<>();
		for (Worker worker : workers) {
			Set<LocalDate> rest = off.get(worker.username());
			for (LocalDate day : days(month)) {
				boolean free = rest.contains(day) || worker.leave().contains(day);
				cells.add(new Rosters.CellChange(worker.username(), day,
						free ? null : shiftOf.get(worker.username()).code(), false));
			}
		}
		return cells;
	}

	/**
	 * A night-shift agent's rest day after a night is not a whole day of rest (seed 000:
	 * a day shift and a night shift in a row); moving their last rest day to the day
	 * after their first gives them two in a row, the second whole.
	 */
	private static Set<LocalDate> withWholeDay(YearMonth month, Worker worker, Set<LocalDate> rest) {
		boolean whole = rest.stream()
			.anyMatch((day) -> day.getDayOfMonth() == 1 || rest.contains(day.minusDays(1))
					|| worker.leave().contains(day.minusDays(1)));
		if (whole || rest.size() < 2) {
			return rest;
		}
		List<LocalDate> sorted = rest.stream().sorted().toList();
		LocalDate first = sorted.get(0);
		LocalDate next = first.plusDays(1);
		if (!YearMonth.from(next).equals(month) || worker.leave().contains(next)) {
			return rest;
		}
		Set<LocalDate> moved = new LinkedHashSet<>(sorted.subList(0, sorted.size() - 1));
		moved.add(next);
		return moved.size() == rest.size() ? moved : rest;
	}

	private Set<LocalDate> restDays(YearMonth month, Worker worker, Map<String, Shift> shiftOf, List<Worker> workers,
			Map<String, Set<LocalDate>> off) {
		List<Worker> company = worker.trainee() ? workers.stream()
			.filter((other) -> canAccompany(other, worker)
					&& shiftOf.get(other.username()).equals(shiftOf.get(worker.username())))
			.toList() : List.of();
		Set<LocalDate> candidates = new LinkedHashSet<>();
		for (LocalDate day : days(month)) {
			if (worker.trainee() && company.stream().noneMatch((other) -> works(other, day, off))) {
				// nobody to sit with: the trainee rests
				candidates.add(day);
			}
		}
		worker.wishes().stream().filter((day) -> YearMonth.from(day).equals(month)).sorted().forEach(candidates::add);
		for (LocalDate day : days(month)) {
			if (day.getDayOfWeek() == worker.dayOff()) {
				candidates.add(day);
			}
		}
		for (LocalDate day : days(month)) {
			candidates.add(day);
		}
		Set<LocalDate> rest = new LinkedHashSet<>();
		// first keep every trainee of the shift company; if that leaves too few days,
		// rest
		// anyway (the trainee then rests too)
		for (boolean spareTrainees : List.of(true, false)) {
			for (LocalDate day : candidates) {
				if (rest.size() < daysOff && !worker.leave().contains(day)
						&& !(spareTrainees && lastCompanionOn(day, worker, workers, shiftOf, off))) {
					rest.add(day);
				}
			}
		}
		return rest;
	}

	/**
	 * Whether the agent is the only qualified colleague at work with a trainee of their
	 * shift that day, as far as the days off placed so far tell.
	 */
	private static boolean lastCompanionOn(LocalDate day, Worker worker, List<Worker> workers,
			Map<String, Shift> shiftOf, Map<String, Set<LocalDate>> off) {
		Shift own = shiftOf.get(worker.username());
		for (Worker trainee : workers) {
			if (!trainee.trainee() || !canAccompany(worker, trainee) || !own.equals(shiftOf.get(trainee.username()))) {
				continue;
			}
			boolean others = workers.stream()
				.filter((other) -> !other.username().equals(worker.username()) && canAccompany(other, trainee)
						&& own.equals(shiftOf.get(other.username())))
				.anyMatch((other) -> works(other, day, off));
			if (!others) {
				return true;
			}
		}
		return false;
	}

	private static List<LocalDate> days(YearMonth month) {
		return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).toList();
	}

	private static boolean works(Worker worker, LocalDate day, Map<String, Set<LocalDate>> off) {
		return !worker.leave().contains(day) && !off.getOrDefault(worker.username(), Set.of()).contains(day);
	}

	private static boolean canAccompany(Worker other, Worker trainee) {
		return !other.trainee() && !other.username().equals(trainee.username()) && other.group().fits(trainee.group());
	}

	/** The shift the worker may work that overlaps their usual hours most. */
	private static Shift nearest(Worker worker, List<Shift> among) {
		return among.stream()
			.filter((shift) -> worker.group().fits(shift.group()))
			.max(Comparator.comparingInt((Shift shift) -> overlap(shift, worker.from(), worker.to()))
				.thenComparing(Comparator.comparingInt(among::indexOf).reversed()))
			.orElseThrow(() -> new IllegalStateException("No shift for " + worker.username()));
	}

	private static int overlap(Shift shift, LocalTime from, LocalTime to) {
		int start = shift.start().toSecondOfDay() / 60;
		int end = start + shift.minutes();
		return Math.max(0, Math.min(end, to.toSecondOfDay() / 60) - Math.max(start, from.toSecondOfDay() / 60));
	}

	/**
	 * An agent on the roster: their group, the hours and weekly day off of the demo
	 * history, their approved leave and the days they asked to have off.
	 */
	record Worker(String username, ShiftGroup group, boolean trainee, LocalTime from, LocalTime to, DayOfWeek dayOff,
			Set<LocalDate> leave, Set<LocalDate> wishes) {

		Worker {
			leave = Set.copyOf(leave);
			wishes = Set.copyOf(wishes);
		}

	}

}
