package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/** Who is on shift at a moment, and which of them the marketplace routes a buyer to. */
final class Roster {

	private final List<Responder> responders;

	private final ZoneId zone;

	static final int TRAINEE_FIRST_DAY_BUYERS = 6;

	static final int TRAINEE_MORE_EACH_DAY = 3;

	/** How many buyers each trainee was given each day, to keep them under their cap. */
	private final Map<Pick, Integer> picked = new HashMap<>();

	Roster(List<Responder> responders, ZoneId zone) {
		this.responders = List.copyOf(responders);
		this.zone = zone;
	}

	List<Responder> onShift(Instant at, SkillGroup group) {
		ZonedDateTime local = at.atZone(zone);
		return responders.stream()
			.filter(r -> r.group() == group && r.worksAt(local.toLocalDate(), local.toLocalTime()))
			.toList();
	}

	/**
	 * An agent of the group on shift. The marketplace routes by open chats, so the
	 * trainee, being slow, ends up with half the buyers of the others.
	 */
	@Nullable Responder pick(RandomGenerator random, Instant at, SkillGroup group) {
		LocalDate day = at.atZone(zone).toLocalDate();
		List<Responder> working = onShift(at, group).stream().filter(r -> !r.trainee() || underCap(r, day)).toList();
		if (working.isEmpty()) {
			return null;
		}
		int point = random.nextInt(working.stream().mapToInt(Roster::share).sum());
		for (Responder responder : working) {
			point -= share(responder);
			if (point < 0) {
				return counted(responder, day);
			}
		}
		return counted(working.get(0), day);
	}

	/**
	 * A trainee practises on few buyers (seed 000: a novice receives from training day 3
	 * under a mentor): at most {@link #TRAINEE_FIRST_DAY_BUYERS} on the first day they
	 * receive, a few more each day after, well below a certified agent's day.
	 */
	static int traineeCap(Responder trainee, LocalDate day) {
		long daysReceiving = Math.max(0, ChronoUnit.DAYS.between(trainee.firstDay(), day));
		return (int) (TRAINEE_FIRST_DAY_BUYERS + TRAINEE_MORE_EACH_DAY * daysReceiving);
	}

	private boolean underCap(Responder trainee, LocalDate day) {
		return picked.getOrDefault(new Pick(trainee.id(), day), 0) < traineeCap(trainee, day);
	}

	private Responder counted(Responder responder, LocalDate day) {
		if (responder.trainee()) {
			picked.merge(new Pick(responder.id(), day), 1, Integer::sum);
		}
		return responder;
	}

	private record Pick(long agentId, LocalDate day) {
	}

	private static int share(Responder responder) {
		return responder.trainee() ? 1 : 2;
	}

	/**
	 * Someone else of the group on shift, experienced if possible, to pass a buyer to.
	 */
	@Nullable Responder colleagueOf(Responder agent, Instant at) {
		return onShift(at, agent.group()).stream()
			.filter(r -> r.id() != agent.id())
			.min((a, b) -> Boolean.compare(a.trainee(), b.trainee()))
			.orElse(null);
	}

	boolean isOnShift(Responder agent, Instant at) {
		ZonedDateTime local = at.atZone(zone);
		return agent.worksAt(local.toLocalDate(), local.toLocalTime());
	}

	/**
	 * The account whose auto-reply answers at night: the last one of the evening shift.
	 */
	Responder nightAccount() {
		return responders.stream()
			.filter(r -> r.group() == SkillGroup.PRE_SALES)
			.max((a, b) -> a.to().compareTo(b.to()))
			.orElseThrow();
	}

	List<Responder> all() {
		return responders;
	}

}
