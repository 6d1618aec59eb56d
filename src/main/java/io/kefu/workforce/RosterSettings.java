package io.kefu.workforce;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * A shop's roster settings: its shifts, the rest days per month and how long a solve may
 * run.
 *
 * @param shifts the shifts, in the order the page lists them; codes unique
 * @param daysOff rest days (月休) per agent per month, leave not counted (0–15)
 * @param solveSeconds how long 排班 runs unless the supervisor says otherwise (5–600)
 * @param weights how much each soft rule weighs
 */
public record RosterSettings(List<Shift> shifts, int daysOff, int solveSeconds, RosterWeights weights) {

	/** Seed 000: its three shifts, four days off; a minute's solve. */
	public static final RosterSettings DEFAULTS = new RosterSettings(Shift.defaults(), 4, 60, RosterWeights.DEFAULTS);

	public static final int MAX_SHIFTS = 12;

	public static final int MAX_DAYS_OFF = 15;

	public static final int MIN_SECONDS = 5;

	public static final int MAX_SECONDS = 600;

	public RosterSettings {
		if (shifts.isEmpty() || shifts.size() > MAX_SHIFTS) {
			throw new IllegalArgumentException("shifts: from 1 to " + MAX_SHIFTS + " shifts, not " + shifts.size());
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < shifts.size(); i++) {
			Shift shift = shifts.get(i);
			if (!shift.code().matches("[A-Za-z0-9]{1,4}")) {
				throw new IllegalArgumentException(
						"shifts[" + i + "].code: 1 to 4 letters or digits, not '" + shift.code() + "'");
			}
			if (!codes.add(shift.code())) {
				throw new IllegalArgumentException("shifts[" + i + "].code: " + shift.code() + " is used twice");
			}
			if (shift.name().isBlank() || shift.name().length() > 20) {
				throw new IllegalArgumentException("shifts[" + i + "].name: 1 to 20 characters");
			}
			if (shift.start().equals(shift.end())) {
				throw new IllegalArgumentException("shifts[" + i + "].end: must differ from the start");
			}
		}
		shifts = List.copyOf(shifts);
		if (daysOff < 0 || daysOff > MAX_DAYS_OFF) {
			throw new IllegalArgumentException("daysOff: from 0 to " + MAX_DAYS_OFF + ", not " + daysOff);
		}
		if (solveSeconds < MIN_SECONDS || solveSeconds > MAX_SECONDS) {
			throw new IllegalArgumentException(
					"solveSeconds: from " + MIN_SECONDS + " to " + MAX_SECONDS + ", not " + solveSeconds);
		}
	}

	public RosterRules rules() {
		return new RosterRules(daysOff);
	}

	/** Where the shops' roster settings are kept. */
	public interface Store {

		RosterSettings of(ShopId shop);

		RosterSettings save(ShopId shop, RosterSettings settings, AgentId by);

	}

}
