package io.kefu.staff.web;

import java.time.LocalDate;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AgentApi {

	private final Shops shops;

	private final Staff staff;

	AgentApi(Shops shops, Staff staff) {
		this.shops = shops;
		this.staff = staff;
	}

	/**
	 * The shop's agents with their sub-accounts ({@code 店铺名:昵称}), roles and
	 * certification.
	 */
	@GetMapping("/api/v1/shops/{shopId}/agents")
	List<AgentView> agents(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		return staff.inShop(ShopId.of(shopId)).stream().map(agent -> AgentView.of(agent, shop)).toList();
	}

	record AgentView(long id, String displayName, @Nullable String agentAccount, @Nullable String username,
			List<Role> roles, @Nullable String skillGroup, String certification, @Nullable LocalDate certifiedOn,
			boolean enabled) {

		static AgentView of(Agent agent, Shop shop) {
			return new AgentView(agent.id().value(), agent.displayName(),
					agent.nickname() == null ? null : shop.agentAccount(agent.nickname()), agent.username(),
					agent.roles().stream().sorted().toList(),
					agent.skillGroup() == null ? null : agent.skillGroup().name(), agent.certification().name(),
					agent.certifiedOn(), agent.enabled());
		}
	}

}
