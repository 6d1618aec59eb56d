package io.kefu.order;

/**
 * A cancel-before-print request for an order the clerk cannot void: not paid, printed
 * (shipped) or closed. Nothing is stored.
 */
public class CancelRefused extends IllegalStateException {

	private final Order.Voidability voidability;

	public CancelRefused(OrderNo orderNo, Order.Voidability voidability) {
		super("Order " + orderNo + " cannot be voided: " + voidability);
		this.voidability = voidability;
	}

	public Order.Voidability voidability() {
		return voidability;
	}

}
