package io.kefu.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.random.RandomGenerator;

import io.kefu.staff.SkillGroup;

/**
 * An agent as the demo history sees them: who they are, when they work and how fast they
 * answer. Reply times are log-normal around the agent's median, slower in the evening
 * peak, as in any real team's report.
 */
record Responder(long id, String name, SkillGroup group, boolean trainee, int medianSeconds, LocalTime from,
		LocalTime to, DayOfWeek dayOff, LocalDate firstDay) {

	private static final double SPREAD = 0.55;

	/** On shift: a trainee only from the day their plan lets them receive buyers. */
	boolean worksAt(LocalDate day, LocalTime time) {
		return !day.isBefore(firstDay) && day.getDayOfWeek() != dayOff && !time.isBefore(from) && time.isBefore(to);
	}

	/** Seconds from the buyer's question to this agent's answer. */
	long replySeconds(RandomGenerator random, int hour) {
		double peak = hour >= 20 && hour < 22 ? 1.5 : 1.0;
		double seconds = medianSeconds * peak * Math.exp(SPREAD * random.nextGaussian());
		return Math.max(3, Math.min(900, Math.round(seconds)));
	}
}
