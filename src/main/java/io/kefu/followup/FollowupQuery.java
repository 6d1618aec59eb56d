package io.kefu.followup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * Which of a shop's follow-ups to list.
 *
 * @param from the first business day the followed-up thing happened on (the order was
 * placed); any when null
 * @param to the last such day; any when null
 * @param agent the agent's tasks; every agent's when null
 * @param unassignedOf when listing an agent's, also the tasks nobody has yet of these
 * skill groups (the agent's groups)
 * @param limit at most this many, those due first
 * @param offset after skipping this many, for the next page
 */
public record FollowupQuery(ShopId shop, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable AgentId agent,
		Set<SkillGroup> unassignedOf, @Nullable FollowupKind kind, @Nullable FollowupStatus status, int limit,
		int offset) {

	public FollowupQuery {
		unassignedOf = Set.copyOf(unassignedOf);
		if (limit < 1 || offset < 0) {
			throw new IllegalArgumentException("A page has a positive size and a non-negative offset");
		}
	}

	public static FollowupQuery ofShop(ShopId shop) {
		return new FollowupQuery(shop, null, null, null, Set.of(), null, null, 500, 0);
	}

	public FollowupQuery on(@Nullable LocalDate day) {
		return between(day, day);
	}

	public FollowupQuery between(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
		return new FollowupQuery(shop, newFrom, newTo, agent, unassignedOf, kind, status, limit, offset);
	}

	public FollowupQuery atMost(int newLimit) {
		return new FollowupQuery(shop, from, to, agent, unassignedOf, kind, status, newLimit, offset);
	}

	/** The page of {@code size} tasks after the first {@code skip}. */
	public FollowupQuery page(int skip, int size) {
		return new FollowupQuery(shop, from, to, agent, unassignedOf, kind, status, size, skip);
	}

	/** Every agent's tasks. */
	public FollowupQuery ofEveryone() {
		return new FollowupQuery(shop, from, to, null, Set.of(), kind, status, limit, offset);
	}

	/** One agent's tasks only. */
	public FollowupQuery of(AgentId newAgent) {
		return new FollowupQuery(shop, from, to, newAgent, Set.of(), kind, status, limit, offset);
	}

	/**
	 * What the caller works: a supervisor every agent's tasks, an agent their own and the
	 * unassigned ones of the skill groups their roles put them in.
	 */
	public FollowupQuery workedBy(Caller caller) {
		if (caller.supervises()) {
			return ofEveryone();
		}
		Set<SkillGroup> groups = EnumSet.noneOf(SkillGroup.class);
		if (caller.has(Role.PRE_SALES)) {
			groups.add(SkillGroup.PRE_SALES);
		}
		if (caller.has(Role.AFTER_SALES)) {
			groups.add(SkillGroup.AFTER_SALES);
		}
		return workedBy(AgentId.of(caller.agentId()), groups);
	}

	/** An agent's tasks and the unassigned ones of their groups. */
	public FollowupQuery workedBy(AgentId newAgent, Set<SkillGroup> groups) {
		return new FollowupQuery(shop, from, to, newAgent, groups, kind, status, limit, offset);
	}

	public FollowupQuery ofKind(@Nullable FollowupKind newKind) {
		return new FollowupQuery(shop, from, to, agent, unassignedOf, newKind, status, limit, offset);
	}

	public FollowupQuery inStatus(@Nullable FollowupStatus newStatus) {
		return new FollowupQuery(shop, from, to, agent, unassignedOf, kind, newStatus, limit, offset);
	}

}
