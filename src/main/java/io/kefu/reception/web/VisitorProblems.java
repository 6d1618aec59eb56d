package io.kefu.reception.web;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer of the visitor API is a problem detail ({@code application/problem+json}),
 * whoever refuses the request: the controllers and their advice already answer so, and
 * this filter, around Spring Security and Spring MVC, turns what they would hand to the
 * servlet container's error page instead (a request the firewall rejects, a refused
 * account, an unknown path, a wrong method, an unexpected failure) into one too. The
 * buyer's page reads every answer as JSON.
 */
class VisitorProblems extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(VisitorProblems.class);

	private static final Pattern PATHS = Pattern.compile("/api/v1/visitor/.*|/api/v1/shops/[^/]+/visitor-sessions");

	private final JsonMapper json;

	VisitorProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PATHS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, new AsProblems(request, response));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			log.error("The visitor API failed on {} {}", request.getMethod(), request.getRequestURI(), ex);
			write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; try again.");
		}
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/** What each refusal says when whoever refused gave no reason. */
	static String detailOf(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed.";
			case UNAUTHORIZED -> "Send the visitor token as a Bearer.";
			case FORBIDDEN -> "The visitor API takes a visitor token, not a staff account.";
			case NOT_FOUND -> "The visitor API has no such call; see docs/chat.md.";
			case METHOD_NOT_ALLOWED -> "The visitor API has no such call with this method; see docs/chat.md.";
			default -> status.getReasonPhrase() + ".";
		};
	}

	/** The response with the container's error page replaced by a problem detail. */
	private final class AsProblems extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		AsProblems(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendError(int status) throws IOException {
			sendError(status, null);
		}

		@Override
		public void sendError(int code, @Nullable String message) throws IOException {
			HttpStatus status = HttpStatus.resolve(code);
			if (isCommitted() || status == null) {
				super.sendError(code, message);
				return;
			}
			// Spring MVC's reason for an unknown path speaks of static resources
			boolean told = message != null && !message.isBlank() && !message.equals(status.getReasonPhrase())
					&& status != HttpStatus.NOT_FOUND;
			write(request, (HttpServletResponse) getResponse(), status, told ? message : detailOf(status));
		}

	}

}
