package io.kefu.web.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kefu.shop.DuplicateShopException;
import io.kefu.shop.UnknownShopException;
import io.kefu.staff.DuplicateAgentException;

import io.kefu.web.api.ControlCharacterGuard.ControlCharacterInBody;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns the API's failures into RFC 9457 problem details; a rejected body lists every
 * invalid field with its reason under {@code errors}, and so does a request refused for
 * one parameter or one value of its JSON body, named by its path
 * ({@code ownAccounts[0]}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(UnknownShopException.class)
	ProblemDetail unknownShop(UnknownShopException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ DuplicateShopException.class, DuplicateAgentException.class })
	ProblemDetail duplicate(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "reason", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		@Nullable ResponseEntity<Object> response = super.handleHttpMessageNotReadable(ex, headers, status, request);
		Throwable cause = ex.getCause();
		if (cause instanceof ControlCharacterInBody refused) {
			return naming(response, path(refused), refused.reason(), "A value of the body holds a control character");
		}
		if (cause instanceof InputCoercionException outOfRange && !outOfRange.getPath().isEmpty()) {
			// a number too large for the field (2147483648 for a whole number)
			return naming(response, path(outOfRange), "is out of range", null);
		}
		if (cause instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
			return naming(response, path(mismatch), expected(mismatch), null);
		}
		return response;
	}

	/**
	 * What the field expects, in the words of the API rather than of its Java types
	 * (which say nothing to a caller and show how Kefu is built).
	 */
	static String expected(DatabindException mismatch) {
		if (mismatch instanceof MismatchedInputException input && input.getTargetType() != null) {
			Class<?> type = input.getTargetType();
			if (type == Integer.class || type == int.class || type == Long.class || type == long.class
					|| type == Short.class || type == short.class) {
				return "expects a whole number";
			}
			if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
				return "expects a number";
			}
			if (type == Boolean.class || type == boolean.class) {
				return "expects true or false";
			}
			if (type == String.class) {
				return "expects text";
			}
			if (type.isEnum()) {
				return "expects one of " + Arrays.toString(type.getEnumConstants());
			}
			if (type.isArray() || Collection.class.isAssignableFrom(type)) {
				return "expects a list";
			}
			return "expects an object";
		}
		return "is not readable here";
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: ex.getPropertyName();
		String type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
		return naming(super.handleTypeMismatch(ex, headers, status, request), String.valueOf(name),
				"is not a " + type + ": " + ex.getValue(), null);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return naming(super.handleMissingServletRequestParameter(ex, headers, status, request), ex.getParameterName(),
				"is required", null);
	}

	private static @Nullable ResponseEntity<Object> naming(@Nullable ResponseEntity<Object> response, String field,
			String reason, @Nullable String detail) {
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
			if (detail != null) {
				problem.setDetail(detail);
			}
		}
		return response;
	}

	/** The JSON path Jackson recorded: {@code ownAccounts[0]}, {@code marks.GREETING}. */
	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.filter(reference -> reference.getIndex() >= 0 || reference.getPropertyName() != null)
			.map(reference -> reference.getIndex() >= 0 ? "[" + reference.getIndex() + "]"
					: "." + reference.getPropertyName())
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

}
