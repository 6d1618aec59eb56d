package io.kefu.staff.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.shop.ShopId;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The shop's customer-service team (客服团队) as everyone in the shop may see it. */
@Controller
class AgentPages {

	/**
	 * The roles of a shop's staff; running the instance is not one of them, and only an
	 * administrator makes an owner.
	 */
	static final List<Role> SHOP_ROLES = List.of(Role.PRE_SALES, Role.AFTER_SALES, Role.SUPERVISOR, Role.TRAINER,
			Role.ORDER_CLERK, Role.OWNER);

	private final Staff staff;

	AgentPages(Staff staff) {
		this.staff = staff;
	}

	@GetMapping("/shops/{shopId}/agents")
	String list(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireShop(shopId);
		model.addAttribute("agents", staff.inShop(ShopId.of(shopId)));
		model.addAttribute("shopRoles", SHOP_ROLES);
		return "agents/list";
	}

}
