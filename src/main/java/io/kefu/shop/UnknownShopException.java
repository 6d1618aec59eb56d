package io.kefu.shop;

/** A shop id that names no shop. */
public class UnknownShopException extends RuntimeException {

	public UnknownShopException(ShopId id) {
		super("There is no shop " + id);
	}

}
