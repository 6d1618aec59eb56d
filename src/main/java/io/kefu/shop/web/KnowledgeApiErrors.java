package io.kefu.shop.web;

import java.util.List;
import java.util.Map;

import io.kefu.shop.InvalidKnowledgeException;
import io.kefu.shop.UnknownKnowledgeException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The knowledge API's refusals as problem details: a bad field named under
 * {@code errors}, another shop's promotion, product or issue 404.
 */
@RestControllerAdvice(assignableTypes = { KnowledgeApi.class, ProductCardApi.class, ProductIssueApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class KnowledgeApiErrors {

	@ExceptionHandler(InvalidKnowledgeException.class)
	ProblemDetail invalid(InvalidKnowledgeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "reason", ex.reason())));
		return problem;
	}

	@ExceptionHandler(UnknownKnowledgeException.class)
	ProblemDetail unknown(UnknownKnowledgeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

}
