package io.kefu.workforce.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose attendance a caller reads: the shop's supervisors and its owner (店长) read
 * everyone's; everyone else in the shop reads only their own.
 */
final class AttendanceRoles {

	private AttendanceRoles() {
	}

	static boolean readsEveryone(Caller caller) {
		return caller.supervises() || caller.has(Role.OWNER);
	}

	/**
	 * The agent whose attendance to read: the one asked for ({@code username}), or
	 * everyone (null) for those who read everyone's; the caller themself for the others.
	 * @throws AccessDeniedException when the caller does not work in the shop, or asks
	 * for someone else's without reading everyone's
	 * @throws IllegalArgumentException naming {@code agent} when there is no such agent
	 * in the shop
	 */
	static @Nullable AgentId whose(Caller caller, Shop shop, @Nullable String username, Staff staff) {
		caller.requireShop(shop.id().value());
		boolean askedForOne = username != null && !username.isBlank();
		if (!readsEveryone(caller)) {
			if (askedForOne && !username.strip().equals(caller.username())) {
				throw new AccessDeniedException("Only supervisors and the owner read another agent's attendance");
			}
			return AgentId.of(caller.agentId());
		}
		if (!askedForOne) {
			return null;
		}
		Agent agent = staff.findByUsername(username.strip())
			.filter(found -> shop.id().equals(found.shopId()))
			.orElseThrow(() -> new IllegalArgumentException("agent: no agent '" + username + "' in this shop"));
		return agent.id();
	}

	/** The month asked for, this month in the shop's time zone when none is. */
	static YearMonth month(@Nullable String month, Shop shop, Clock clock) {
		if (month == null || month.isBlank()) {
			return YearMonth.from(clock.instant().atZone(shop.timeZone()));
		}
		try {
			YearMonth parsed = YearMonth.parse(month.strip());
			if (parsed.getYear() < 2000 || parsed.getYear() > 2999) {
				throw new IllegalArgumentException("month: a month of the years 2000–2999, not " + month);
			}
			return parsed;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("month: a month as yyyy-MM, not '" + month + "'");
		}
	}

}
