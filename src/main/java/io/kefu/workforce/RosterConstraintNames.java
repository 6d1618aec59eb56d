package io.kefu.workforce;

import java.util.List;

/**
 * The names of the roster's constraints, as the solver reports them in a score analysis
 * and as {@link RosterWeights} overrides them. They are stable: stored weights and the
 * violations list refer to them, so a rename is a migration.
 */
public final class RosterConstraintNames {

	// hard

	public static final String NO_DAY_SHIFT_AFTER_NIGHT_SHIFT = "no day shift after a night shift";

	public static final String EXACT_DAYS_OFF = "exact days off";

	public static final String LEAVE_RESPECTED = "leave respected";

	public static final String SHIFT_OF_OWN_GROUP = "shift of own group";

	public static final String TRAINEE_NEVER_ALONE = "trainee never alone";

	public static final String WHOLE_DAY_OF_REST = "a whole day of rest";

	// medium

	public static final String NEED_COVERED = "need covered";

	// soft

	public static final String HOURS_BALANCED = "hours balanced";

	public static final String CLOSE_TO_LAST_MONTH = "close to last month";

	public static final String REQUESTED_DAYS_OFF_HONOURED = "requested days off honoured";

	public static final String WEEKENDS_OFF_SPREAD = "weekends off spread";

	/** Every constraint, hard before medium before soft. */
	public static final List<String> ALL = List.of(NO_DAY_SHIFT_AFTER_NIGHT_SHIFT, EXACT_DAYS_OFF, LEAVE_RESPECTED,
			SHIFT_OF_OWN_GROUP, TRAINEE_NEVER_ALONE, WHOLE_DAY_OF_REST, NEED_COVERED, HOURS_BALANCED,
			CLOSE_TO_LAST_MONTH, REQUESTED_DAYS_OFF_HONOURED, WEEKENDS_OFF_SPREAD);

	private RosterConstraintNames() {
	}

}
