package io.kefu.shop.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shows the friendly 404 page for a missing product. Limited to the product pages: the API in this package
 * answers with problem details instead.
 */
@ControllerAdvice(assignableTypes = { ProductPages.class, ProductForms.class })
class ProductPageExceptions {

	@ExceptionHandler(ProductNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String productNotFound() {
		return "error/404";
	}
}
