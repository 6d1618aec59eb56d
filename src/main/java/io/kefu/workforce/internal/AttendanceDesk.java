package io.kefu.workforce.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.reception.PresenceHistory;
import io.kefu.reception.PresenceSpan;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.Attendance;
import io.kefu.workforce.AttendanceDay;
import io.kefu.workforce.AttendanceSheet;
import io.kefu.workforce.AttendanceSheets;
import io.kefu.workforce.AttendanceSummary;
import io.kefu.workforce.PublishedShift;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges a month's published shifts against the presence history, in the shop's time zone
 * and as of now.
 */
@Service
class AttendanceDesk implements AttendanceSheets {

	private final PublishedShifts shifts;

	private final PresenceHistory presence;

	private final Shops shops;

	private final Staff staff;

	private final Clock clock;

	AttendanceDesk(PublishedShifts shifts, PresenceHistory presence, Shops shops, Staff staff, Clock clock) {
		this.shifts = shifts;
		this.presence = presence;
		this.shops = shops;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public AttendanceSheet of(ShopId shopId, YearMonth month, @Nullable AgentId agent) {
		Shop shop = shops.get(shopId);
		ZoneId zone = shop.timeZone();
		List<PublishedShift> published = shifts.of(shopId, month, agent);
		Set<PublishedShifts.Leave> leave = shifts.leaveIn(shopId, month);
		// a night shift of the month's last day ends the day after
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(2).atStartOfDay(zone).toInstant();
		Map<AgentId, List<PresenceSpan>> spans = published.isEmpty() ? Map.of()
				: presence.of(shopId, agent, from, to).stream().collect(Collectors.groupingBy(PresenceSpan::agent));
		Attendance attendance = new Attendance(zone, clock.instant(), presence.since(shopId).orElse(null));
		List<AttendanceSheet.Member> members = members(shopId, published);
		Map<AgentId, Integer> order = new HashMap<>();
		members.forEach(member -> order.put(member.id(), order.size()));
		List<AttendanceDay> days = new ArrayList<>();
		for (PublishedShift shift : published) {
			days.add(attendance.judge(shift, spans.getOrDefault(shift.agent(), List.of()),
					leave.contains(new PublishedShifts.Leave(shift.agent(), shift.day()))));
		}
		days.sort(
				Comparator.comparing((AttendanceDay day) -> order.get(day.agent())).thenComparing(AttendanceDay::day));
		return new AttendanceSheet(month, (int) Attendance.GRACE.toMinutes(), members, days,
				AttendanceSummary.of(days));
	}

	/** The agents with shifts, by name; one who has left the shop keeps their name. */
	private List<AttendanceSheet.Member> members(ShopId shop, List<PublishedShift> published) {
		Set<AgentId> rostered = new LinkedHashSet<>();
		published.forEach(shift -> rostered.add(shift.agent()));
		Map<AgentId, Agent> inShop = staff.inShop(shop)
			.stream()
			.collect(Collectors.toMap(Agent::id, agent -> agent, (a, b) -> a));
		List<AttendanceSheet.Member> members = new ArrayList<>();
		for (AgentId id : rostered) {
			@Nullable Agent agent = inShop.containsKey(id) ? inShop.get(id) : staff.find(id).orElse(null);
			String username = agent == null || agent.username() == null ? id.toString() : agent.username();
			members.add(new AttendanceSheet.Member(id, username, agent == null ? username : agent.displayName()));
		}
		members
			.sort(Comparator.comparing(AttendanceSheet.Member::name).thenComparing(AttendanceSheet.Member::username));
		return members;
	}

}
