package io.kefu.customer.web;

import java.util.List;
import java.util.Map;

import io.kefu.customer.InvalidCustomerInputException;
import io.kefu.customer.UnknownCustomerException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The CRM's refusals as problem details: a bad field named, an unknown customer 404. */
@RestControllerAdvice(assignableTypes = CustomerApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerApiErrors {

	@ExceptionHandler(InvalidCustomerInputException.class)
	ProblemDetail invalid(InvalidCustomerInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "reason", ex.reason())));
		return problem;
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(UnknownCustomerException.class)
	ProblemDetail unknown(UnknownCustomerException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

}
