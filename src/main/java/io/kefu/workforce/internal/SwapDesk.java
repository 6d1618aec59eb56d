package io.kefu.workforce.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterCheck;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.RosterStateException;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.Swap;
import io.kefu.workforce.SwapBreaksRuleException;
import io.kefu.workforce.Swaps;
import io.kefu.workforce.UnknownRosterItemException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The swaps' steps. Approval checks the rules on the published roster with the two cells
 * traded; a swap that breaks one is refused, and that refusal is kept although the
 * approval fails.
 */
@Service
@Transactional
class SwapDesk implements Swaps {

	private static final Logger log = LoggerFactory.getLogger(SwapDesk.class);

	private final JdbcSwaps swaps;

	private final RosterMembers members;

	private final RosterProblems problems;

	private final SwapCheck check;

	private final Shops shops;

	private final Clock clock;

	SwapDesk(JdbcSwaps swaps, RosterMembers members, RosterProblems problems, RosterCheck check, Shops shops,
			Clock clock) {
		this.swaps = swaps;
		this.members = members;
		this.problems = problems;
		this.check = new SwapCheck(check);
		this.shops = shops;
		this.clock = clock;
	}

	@Override
	public Swap propose(ShopId shop, NewSwap proposal, AgentId by) {
		Instant now = clock.instant();
		if (proposal.day().getYear() > 2999) {
			// no roster is that far ahead, and the database keeps no such date
			throw new IllegalArgumentException("date: a day of the years to 2999, not " + proposal.day());
		}
		if (proposal.day().isBefore(today(shop, now))) {
			throw new IllegalArgumentException("date: " + proposal.day() + " has passed; swap a day from today on");
		}
		if (proposal.from().equals(proposal.to())) {
			throw new IllegalArgumentException("to: a colleague other than " + proposal.from());
		}
		if (proposal.note().length() > Swap.MAX_NOTE) {
			throw new IllegalArgumentException(
					"note: at most " + Swap.MAX_NOTE + " characters, not " + proposal.note().length());
		}
		Map<String, AgentId> roster = members.of(shop)
			.stream()
			.collect(Collectors.toMap(RosterSheet.Member::username, RosterSheet.Member::id));
		AgentId from = onRoster(roster, "from", proposal.from());
		AgentId to = onRoster(roster, "to", proposal.to());
		JdbcSwaps.PublishedDay fromDay = published(shop, from, proposal.from(), proposal.day());
		JdbcSwaps.PublishedDay toDay = published(shop, to, proposal.to(), proposal.day());
		if (Objects.equals(fromDay.shift(), toDay.shift())) {
			throw new IllegalArgumentException("to: " + proposal.to() + " works the same as " + proposal.from() + " on "
					+ proposal.day() + "; there is nothing to swap");
		}
		if (swaps.openOn(shop, proposal.day(), from, to)) {
			throw new RosterStateException("date: " + proposal.from() + " or " + proposal.to()
					+ " already has a swap of " + proposal.day() + " waiting; withdraw or settle it first");
		}
		Swap swap = swaps.insert(new Swap(0, shop, proposal.day(), from, to, fromDay.shift(), toDay.shift(),
				proposal.note(), Swap.Status.PROPOSED, now, null, null, null, null));
		log.info("Agent {} proposed swap {} of {} between {} and {}", by.value(), swap.id(), swap.day(),
				proposal.from(), proposal.to());
		return swap;
	}

	@Override
	public Swap accept(ShopId shop, long id, AgentId by) {
		return save(locked(shop, id).accept(by, clock.instant()));
	}

	@Override
	public Swap decline(ShopId shop, long id, AgentId by) {
		return save(locked(shop, id).decline(by, clock.instant()));
	}

	@Override
	public Swap withdraw(ShopId shop, long id, AgentId by) {
		return save(locked(shop, id).withdraw(by, clock.instant()));
	}

	@Override
	public Swap refuse(ShopId shop, long id, AgentId by) {
		return save(locked(shop, id).refuse(by, clock.instant(), null));
	}

	@Override
	@Transactional(noRollbackFor = SwapBreaksRuleException.class)
	public Swap approve(ShopId shop, long id, AgentId by) {
		Instant now = clock.instant();
		Swap swap = locked(shop, id);
		Swap approved = swap.approve(by, now);
		if (swap.day().isBefore(today(shop, now))) {
			throw new RosterStateException("Swap " + id + " is of " + swap.day() + ", which has passed");
		}
		if (!unchanged(swap)) {
			throw new RosterStateException("The published roster of " + swap.day() + " changed since swap " + id
					+ " was proposed; refuse it and propose again");
		}
		Optional<RosterViolation> broken = brokenRule(swap);
		if (broken.isPresent()) {
			save(swap.refuse(by, now, broken.get().constraint()));
			throw new SwapBreaksRuleException(swap, broken.get());
		}
		if (!swaps.pinInDraft(shop, swap.day(), swap.from(), code(swap.toShift()), now)
				|| !swaps.pinInDraft(shop, swap.day(), swap.to(), code(swap.fromShift()), now)) {
			throw new RosterStateException("The roster of " + YearMonth.from(swap.day())
					+ " is being solved; approve the swap when the solve is done");
		}
		swaps.tradePublished(shop, swap.day(), swap.from(), swap.to());
		log.info("Agent {} approved swap {} of {}", by.value(), id, swap.day());
		return save(approved);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Swap> inMonth(ShopId shop, YearMonth month) {
		return swaps.inMonth(shop, month);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Swap> inMonth(ShopId shop, YearMonth month, AgentId agent) {
		return swaps.inMonth(shop, month).stream().filter((swap) -> swap.involves(agent)).toList();
	}

	private Optional<RosterViolation> brokenRule(Swap swap) {
		Roster roster = problems.published(swap.shop(), YearMonth.from(swap.day()));
		Map<AgentId, String> ids = members.of(swap.shop())
			.stream()
			.collect(Collectors.toMap(RosterSheet.Member::id, RosterSheet.Member::username));
		String from = ids.get(swap.from());
		String to = ids.get(swap.to());
		if (from == null || to == null) {
			throw new RosterStateException("Swap " + swap.id() + " names an agent no longer on the roster");
		}
		return check.broken(roster, swap.day(), from, to);
	}

	private boolean unchanged(Swap swap) {
		return swaps.published(swap.shop(), swap.from(), swap.day())
			.map((cell) -> Objects.equals(code(cell.shift()), code(swap.fromShift())))
			.orElse(false)
				&& swaps.published(swap.shop(), swap.to(), swap.day())
					.map((cell) -> Objects.equals(code(cell.shift()), code(swap.toShift())))
					.orElse(false);
	}

	private JdbcSwaps.PublishedDay published(ShopId shop, AgentId agent, String username, LocalDate day) {
		return swaps.published(shop, agent, day)
			.orElseThrow(() -> new RosterStateException(
					"date: the roster of " + YearMonth.from(day) + " published has no " + day + " for " + username));
	}

	private Swap locked(ShopId shop, long id) {
		return swaps.lock(shop, id)
			.orElseThrow(() -> new UnknownRosterItemException("Shop " + shop.value() + " has no swap " + id));
	}

	private Swap save(Swap swap) {
		swaps.update(swap);
		return swap;
	}

	private LocalDate today(ShopId shop, Instant now) {
		return shops.get(shop).businessDay(now);
	}

	private static AgentId onRoster(Map<String, AgentId> roster, String field, String username) {
		AgentId agent = roster.get(username);
		if (agent == null) {
			throw new UnknownRosterItemException(field + ": no agent '" + username + "' on this shop's roster");
		}
		return agent;
	}

	private static @Nullable String code(Swap.@Nullable SwapShift shift) {
		return shift == null ? null : shift.code();
	}

}
