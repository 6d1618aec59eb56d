package io.kefu.reception.web;

import java.util.List;
import java.util.Map;

import io.kefu.reception.AddressLimitException;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.InvalidVisitorTokenException;
import io.kefu.reception.ThrottledException;
import io.kefu.shop.UnknownShopException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Live chat's failures as problem details, before the application's general ones: a
 * rejected field is named under {@code errors} like everywhere in the API, a conversation
 * in the wrong state is a conflict, a buyer sending too fast is told to slow down.
 */
@RestControllerAdvice(assignableTypes = { VisitorApi.class, AgentChatApi.class, FloorApi.class, ReceptionFlowApi.class,
		ArchiveApi.class, ArchiveExport.class, ShiftNoteApi.class, ConversationOrdersApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChatApiErrors {

	@ExceptionHandler(InvalidChatInputException.class)
	ProblemDetail invalid(InvalidChatInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "reason", ex.reason())));
		return problem;
	}

	/** A body that is not JSON, or a field of the wrong type, named as a bad field is. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return invalid(UnreadableBody.of(ex));
	}

	@ExceptionHandler(UnknownShopException.class)
	ProblemDetail unknownShop(UnknownShopException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ConversationNotFoundException.class)
	ProblemDetail notFound(ConversationNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(ThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(ThrottledException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setProperty("code", "THROTTLED");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "1").body(problem);
	}

	@ExceptionHandler(AddressLimitException.class)
	ResponseEntity<ProblemDetail> limited(AddressLimitException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setProperty("code", ex.limit().name());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(ex.retryAfter().toSeconds()))
			.body(problem);
	}

	@ExceptionHandler(InvalidVisitorTokenException.class)
	ResponseEntity<ProblemDetail> unauthorized(InvalidVisitorTokenException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header("WWW-Authenticate", "Bearer realm=\"Kefu chat\"")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage()));
	}

}
