package io.kefu.access;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Reads the {@link Caller} of the current request from Spring Security's context. */
public final class Callers {

	private Callers() {
	}

	public static Caller current() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	public static Optional<Caller> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KefuUser user) {
			return Optional.of(user.caller());
		}
		return Optional.empty();
	}

	/**
	 * Signs the current request, and its session if it has one, in as the account's new
	 * state after the person changed it themselves (their password): every other session
	 * of the account ends, this one goes on under a new session id.
	 */
	public static void renew(KefuUser user, HttpServletRequest request) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		authentication.setDetails(previous == null ? null : previous.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		HttpSession session = request.getSession(false);
		if (session != null) {
			request.changeSessionId();
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		}
	}

}
