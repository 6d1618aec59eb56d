package io.kefu.web;

import io.kefu.shop.UnknownShopException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Turns the domain's "no such thing" into the friendly 404 page. Pages that miss a product or an agent throw
 * {@code ResponseStatusException(NOT_FOUND)}, which Boot renders with the same template; an
 * {@code AccessDeniedException} is deliberately not handled here, so that Spring Security shows the 403 page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptions {

	@ExceptionHandler(UnknownShopException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknownShop() {
		return "error/404";
	}
}
