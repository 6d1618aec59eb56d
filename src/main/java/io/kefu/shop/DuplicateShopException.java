package io.kefu.shop;

/** A second shop with a name already taken. */
public class DuplicateShopException extends RuntimeException {

	public DuplicateShopException(String name) {
		super("A shop named " + name + " already exists");
	}

}
