package io.kefu.shop.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.kefu.shop.UnknownKnowledgeException;
import io.kefu.shop.UnknownShopException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Another shop's promotion or product issue, or none, and a form row no page sends: an
 * error response rather than a view, so that the 404 or 400 page is rendered with the
 * layout's model.
 */
@ControllerAdvice(
		assignableTypes = { PromotionPages.class, CourierPages.class, PolicyPages.class, ProductIssuePages.class })
class KnowledgePageErrors {

	@ExceptionHandler({ UnknownShopException.class, UnknownKnowledgeException.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * A row the forms never send ({@code rows[300]}, {@code rows[-1]}, {@code rows[x]}):
	 * the 400 page, not a failure.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	void notThisForm(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
