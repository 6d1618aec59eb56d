package io.kefu.workforce.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.DayOffWishes;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requested days off over HTTP: an agent reads and sets their own for a month before it
 * is solved; supervisors read everyone's.
 */
@RestController
class WishApi {

	private final DayOffWishes wishes;

	private final Shops shops;

	private final Staff staff;

	WishApi(DayOffWishes wishes, Shops shops, Staff staff) {
		this.wishes = wishes;
		this.shops = shops;
		this.staff = staff;
	}

	@GetMapping("/api/v1/shops/{shopId}/rosters/{month}/wishes")
	WishesView read(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireShop(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth yearMonth = RosterApi.monthOf(month);
		Map<AgentId, List<LocalDate>> all = wishes.of(shop, yearMonth);
		Map<AgentId, String> names = RosterNames.of(staff, shop);
		List<AgentWishes> shown = new ArrayList<>();
		if (RosterRoles.readsDraft(caller, shopId)) {
			all.forEach((agent, days) -> shown.add(new AgentWishes(RosterNames.name(names, agent), days)));
		}
		else {
			AgentId own = AgentId.of(caller.agentId());
			shown.add(new AgentWishes(caller.username(), all.getOrDefault(own, List.of())));
		}
		return new WishesView(yearMonth.toString(), DayOffWishes.MAX_DAYS, shown);
	}

	@PutMapping("/api/v1/shops/{shopId}/rosters/{month}/wishes")
	WishesView set(@PathVariable long shopId, @PathVariable String month, @RequestBody WishesBody body, Caller caller) {
		caller.requireShop(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth yearMonth = RosterApi.monthOf(month);
		if (body.days() == null) {
			throw new IllegalArgumentException("days: required (a list of dates, empty for none)");
		}
		List<LocalDate> set = wishes.set(shop, yearMonth, AgentId.of(caller.agentId()), body.days());
		return new WishesView(yearMonth.toString(), DayOffWishes.MAX_DAYS,
				List.of(new AgentWishes(caller.username(), set)));
	}

	/** The caller's wished days off of the month. */
	record WishesBody(@Nullable List<LocalDate> days) {
	}

	record WishesView(String month, int max, List<AgentWishes> wishes) {
	}

	record AgentWishes(String agent, List<LocalDate> days) {
	}

}
