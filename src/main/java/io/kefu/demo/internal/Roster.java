package io.kefu.demo.internal;

import java.time.Instant;
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
		List<Responder> working = onShift(at, group);
		if (working.isEmpty()) {
			return null;
		}
		int point = random.nextInt(working.stream().mapToInt(Roster::share).sum());
		for (Responder responder : working) {
			point -= share(responder);
			if (point < 0) {
				return responder;
			}
		}
		return working.get(0);
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
