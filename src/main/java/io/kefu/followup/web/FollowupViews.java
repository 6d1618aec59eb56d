package io.kefu.followup.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kefu.followup.Followup;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.Followups;
import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/**
 * Tasks as the API and the pages show them: with agents' names, next step and lateness.
 */
@Component
class FollowupViews {

	private final Followups followups;

	private final Staff staff;

	private final Clock clock;

	FollowupViews(Followups followups, Staff staff, Clock clock) {
		this.followups = followups;
		this.staff = staff;
		this.clock = clock;
	}

	List<FollowupView> of(Shop shop, List<Followup> tasks) {
		Map<AgentId, String> names = staff.inShop(shop.id())
			.stream()
			.collect(Collectors.toMap(Agent::id, Agent::displayName, (a, b) -> a));
		FollowupSettings settings = followups.settings(shop.id());
		Instant now = clock.instant();
		return tasks.stream().map(task -> FollowupView.of(task, settings, shop.timeZone(), names, now)).toList();
	}

}
