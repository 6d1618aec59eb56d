package io.kefu.workforce.web;

import java.util.HashMap;
import java.util.Map;

import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

/** The usernames the swap and leave API names agents by. */
final class RosterNames {

	private RosterNames() {
	}

	static Map<AgentId, String> of(Staff staff, ShopId shop) {
		Map<AgentId, String> names = new HashMap<>();
		for (Agent agent : staff.inShop(shop)) {
			if (agent.username() != null) {
				names.put(agent.id(), agent.username());
			}
		}
		return names;
	}

	static String name(Map<AgentId, String> names, AgentId agent) {
		return names.getOrDefault(agent, Long.toString(agent.value()));
	}

}
