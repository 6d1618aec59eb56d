package io.kefu.shop.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A product id that names no product of the shop in the path; a product of another shop
 * counts as none. Answered with an error response rather than a view, so that Boot's
 * error controller renders the 404 page with the layout.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProductNotFoundException extends RuntimeException {

	ProductNotFoundException(long shopId, long productId) {
		super("Shop " + shopId + " has no product " + productId);
	}

}
