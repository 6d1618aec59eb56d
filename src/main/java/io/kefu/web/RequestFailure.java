package io.kefu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A request that failed before or outside a controller, as the error dispatch tells it:
 * its status, the path that was asked for and, when known, why and which parameter.
 * Server failures say nothing of their cause: it is logged, not shown.
 */
record RequestFailure(int status, String path, String title, String detail, @Nullable String field,
		@Nullable String reason) {

	static final String SERVER_FAILED = "The request failed on the server; the failure is logged.";

	static RequestFailure of(HttpServletRequest request, @Nullable Throwable error) {
		int status = status(request);
		String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
				: request.getRequestURI();
		HttpStatus known = HttpStatus.resolve(status);
		String title = known == null ? "Error " + status : known.getReasonPhrase();
		String detail = detail(request, error, status, title);
		String field = field(error);
		return new RequestFailure(status, path, title, detail, field, field == null ? null : reason(error, detail));
	}

	private static int status(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400 ? code
				: HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

	private static String detail(HttpServletRequest request, @Nullable Throwable error, int status, String title) {
		if (status >= 500) {
			return SERVER_FAILED;
		}
		if (error instanceof ErrorResponse response && response.getBody().getDetail() != null) {
			return response.getBody().getDetail();
		}
		if (error instanceof ControlCharacterException refused) {
			return refused.getMessage();
		}
		if (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message && !message.isBlank()) {
			return message;
		}
		return title;
	}

	/** The request parameter the failure is about, when the failure names one. */
	private static @Nullable String field(@Nullable Throwable error) {
		if (error instanceof MethodArgumentTypeMismatchException mismatch) {
			return mismatch.getName();
		}
		if (error instanceof TypeMismatchException mismatch) {
			return mismatch.getPropertyName();
		}
		if (error instanceof MissingServletRequestParameterException missing) {
			return missing.getParameterName();
		}
		if (error instanceof ControlCharacterException refused) {
			return refused.field();
		}
		return null;
	}

	private static String reason(@Nullable Throwable error, String detail) {
		if (error instanceof ControlCharacterException refused) {
			return refused.reason();
		}
		if (error instanceof MissingServletRequestParameterException) {
			return "is required";
		}
		return error instanceof TypeMismatchException mismatch && mismatch.getRequiredType() != null
				? "is not a " + mismatch.getRequiredType().getSimpleName() + ": " + mismatch.getValue() : detail;
	}

	boolean ofApi() {
		return path.equals("/api") || path.startsWith("/api/");
	}

	/**
	 * The friendly page: its own for 403, 404 and server failures, one for other
	 * refusals.
	 */
	String view() {
		return switch (status) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			default -> status >= 500 ? "error/500" : "error/4xx";
		};
	}

	/**
	 * The RFC 9457 problem detail, shaped as the API's own ({@code errors} naming the
	 * field).
	 */
	Map<String, Object> problem() {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", path);
		if (field != null) {
			problem.put("errors", List.of(Map.of("field", field, "reason", String.valueOf(reason))));
		}
		return problem;
	}

}
