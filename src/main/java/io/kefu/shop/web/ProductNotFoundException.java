package io.kefu.shop.web;

/** A product id that names no product of the shop in the path; a product of another shop counts as none. */
class ProductNotFoundException extends RuntimeException {

	ProductNotFoundException(long shopId, long productId) {
		super("Shop " + shopId + " has no product " + productId);
	}
}
