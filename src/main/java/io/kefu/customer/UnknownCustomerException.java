package io.kefu.customer;

/** No buyer of that id in the shop: the same answer for another shop's buyer. */
public class UnknownCustomerException extends RuntimeException {

	public UnknownCustomerException(long buyerId) {
		super("The shop has no customer " + buyerId);
	}

}
