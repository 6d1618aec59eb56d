package io.kefu.order.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.OrderPanel;
import io.kefu.order.PanelOrder;
import io.kefu.shop.ShopId;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A buyer's orders as the agent needs them. The workbench reads them through the
 * conversation ({@code /api/v1/agent/conversations/{id}/orders}); this one serves the
 * customer pages and integrations.
 */
@RestController
class BuyerOrderApi {

	private final Buyers buyers;

	private final OrderPanel panel;

	BuyerOrderApi(Buyers buyers, OrderPanel panel) {
		this.buyers = buyers;
		this.panel = panel;
	}

	/**
	 * The buyer's latest orders and those linked to them, newest first (at most
	 * {@code limit}, up to 100), with items, status, amounts, flag, remarks, refunds and
	 * change requests; the receiver masked ({@link io.kefu.order.MaskedReceiver}).
	 * Agents, order clerks and supervisors of the shop.
	 */
	@GetMapping("/api/v1/shops/{shopId}/buyers/{buyerId}/orders")
	List<PanelOrder> orders(@PathVariable long shopId, @PathVariable long buyerId,
			@RequestParam(defaultValue = "20") int limit, Caller caller) {
		RemarkRoles.requireOrderReader(caller, shopId);
		if (buyerId <= 0 || buyers.find(BuyerId.of(buyerId)).filter(b -> b.shopId().value() == shopId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Shop " + shopId + " has no buyer " + buyerId);
		}
		if (limit < 1 || limit > OrderPanel.MAX_ORDERS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"limit: from 1 to " + OrderPanel.MAX_ORDERS + ", not " + limit);
		}
		return panel.ofBuyer(ShopId.of(shopId), BuyerId.of(buyerId), limit);
	}

}
