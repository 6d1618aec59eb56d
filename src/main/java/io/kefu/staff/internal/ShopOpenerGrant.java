package io.kefu.staff.internal;

import io.kefu.shop.ShopOpened;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets the account that opened a shop work in it, in the same transaction as the opening.
 */
@Component
class ShopOpenerGrant {

	private final Staff staff;

	ShopOpenerGrant(Staff staff) {
		this.staff = staff;
	}

	@EventListener
	void on(ShopOpened event) {
		staff.grantShop(AgentId.of(event.openedBy()), event.shopId());
	}

}
