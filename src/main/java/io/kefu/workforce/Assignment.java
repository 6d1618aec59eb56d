package io.kefu.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/**
 * One cell of the roster: an agent's shift on a day, or a day off when the shift is
 * {@code null}. The solver moves the shift; a pinned cell (set by the supervisor) it
 * leaves alone.
 */
@PlanningEntity
public class Assignment {

	@PlanningId
	private String id;

	private RosterAgent agent;

	private LocalDate day;

	@PlanningVariable(allowsUnassigned = true)
	private @Nullable Shift shift;

	@PlanningPin
	private boolean pinned;

	/** For the solver, which clones cells. */
	@SuppressWarnings("NullAway.Init")
	Assignment() {
	}

	public Assignment(RosterAgent agent, LocalDate day, @Nullable Shift shift, boolean pinned) {
		this.id = agent.id() + "/" + day;
		this.agent = agent;
		this.day = day;
		this.shift = shift;
		this.pinned = pinned;
	}

	/** A cell the solver may fill. */
	public static Assignment open(RosterAgent agent, LocalDate day) {
		return new Assignment(agent, day, null, false);
	}

	public String getId() {
		return id;
	}

	public RosterAgent getAgent() {
		return agent;
	}

	public LocalDate getDay() {
		return day;
	}

	public @Nullable Shift getShift() {
		return shift;
	}

	public void setShift(@Nullable Shift shift) {
		this.shift = shift;
	}

	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	public boolean isDayOff() {
		return shift == null;
	}

	public boolean isWeekend() {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** The minutes worked that day. */
	public int minutes() {
		return shift == null ? 0 : shift.minutes();
	}

	/**
	 * The shift code the roster grid shows ({@link RosterAgent#DAY_OFF} for a day off).
	 */
	public String code() {
		return shift == null ? RosterAgent.DAY_OFF : shift.code();
	}

	@Override
	public String toString() {
		return id + "=" + code();
	}

}
