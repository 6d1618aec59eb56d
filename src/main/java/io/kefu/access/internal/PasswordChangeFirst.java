package io.kefu.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.kefu.access.KefuUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * An account that signed in with a password someone else set (an administrator's reset,
 * the generated first password of {@code admin}) may do nothing but change it: pages send
 * it to the change page, the API answers 403 naming the reason. Signing out, the error
 * pages and static files stay open.
 */
class PasswordChangeFirst extends OncePerRequestFilter {

	static final String PAGE = "/me/password";

	static final String API = "/api/v1/me/password";

	private static final RequestMatcher ALLOWED = new OrRequestMatcher(pathPattern(PAGE), pathPattern(API),
			pathPattern("/api/v1/me"), pathPattern("/logout"), pathPattern("/login"), pathPattern("/error"),
			pathPattern("/error/**"), SecurityConfiguration.STATIC_FILES);

	private final ProblemResponses problems;

	PasswordChangeFirst(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KefuUser user
				&& user.mustChangePassword() && !ALLOWED.matches(request)) {
			if (SecurityConfiguration.API.matches(request)) {
				problems.passwordChangeRequired(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
