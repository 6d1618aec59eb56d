package io.kefu.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * The buyer's orders beside a chat (docs/orders.md): their own and those an agent linked
 * to them, with each order's change requests and their outcome; finding an order by its
 * number or the phone's last four digits; linking it. A visitor of the chat page is a new
 * buyer every session, so their marketplace orders are found this way.
 */
public interface OrderPanel {

	/** The most orders one answer lists. */
	int MAX_ORDERS = 100;

	/**
	 * The buyer's orders and the orders linked to them, newest first, at most
	 * {@code limit}.
	 */
	List<PanelOrder> ofBuyer(ShopId shopId, BuyerId buyerId, int limit);

	/** The shop's order of that number, if any, as it would show for the buyer. */
	List<PanelOrder> withNumber(ShopId shopId, BuyerId buyerId, OrderNo orderNo);

	/**
	 * The shop's orders whose receiver's phone ends with these four digits, newest first,
	 * at most {@code limit}.
	 */
	List<PanelOrder> withPhoneEnding(ShopId shopId, BuyerId buyerId, String lastFourDigits, int limit);

	/**
	 * Links an order of the shop to the buyer (the buyer said it is theirs); linking it
	 * again changes nothing.
	 * @throws UnknownOrderException when the shop has no such order
	 */
	PanelOrder link(ShopId shopId, BuyerId buyerId, OrderId orderId, AgentId linkedBy, Instant at);

	/** One of the buyer's own or linked orders, with its details. */
	Optional<Order> ofBuyerOrLinked(ShopId shopId, BuyerId buyerId, OrderId orderId);

}
