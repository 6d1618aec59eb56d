package io.kefu.access.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.kefu.access.SignInLockedException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details for API calls that are not signed in (401), not allowed
 * (403) or locked out by too many failed sign-ins (429 with {@code Retry-After}).
 */
@Component
class ProblemResponses {

	/** The {@code type} of the 403 an account gets until it changes its password. */
	static final URI PASSWORD_CHANGE_REQUIRED = URI.create("urn:kefu:problem:password-change-required");

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	/**
	 * A browser is never challenged for Basic credentials: it would ask for them in a
	 * dialog of its own and then send them with every request to Kefu, cross-site ones
	 * included (docs/decisions.md, "Sign-in and sessions").
	 */
	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInLockedException locked) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
			write(request, response, problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-in attempts; try "
					+ "again in " + minutes(locked.retryAfterSeconds()) + " minutes."));
			return;
		}
		if (!BrowserRequests.fromBrowser(request)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Kefu\"");
		}
		write(request, response, problem(HttpStatus.UNAUTHORIZED, "Sign in first: send HTTP Basic credentials."));
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, problem(HttpStatus.FORBIDDEN, ex.getMessage()));
	}

	void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN,
				"Change your password first: POST " + PasswordChangeFirst.API + " with the current and a new one.");
		problem.setType(PASSWORD_CHANGE_REQUIRED);
		problem.setTitle("Password change required");
		write(request, response, problem);
	}

	void crossSiteBasic(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, problem(HttpStatus.FORBIDDEN,
				"A request from another site may not use HTTP Basic credentials; sign in on this site's pages."));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	private static long minutes(long seconds) {
		return Math.max(1, (seconds + 59) / 60);
	}

}
