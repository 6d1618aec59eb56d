package io.kefu.order;

/** An order id that names no stored order. */
public class UnknownOrderException extends RuntimeException {

	public UnknownOrderException(OrderId id) {
		super("There is no order " + id);
	}

}
