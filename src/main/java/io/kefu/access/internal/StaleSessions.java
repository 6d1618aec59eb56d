package io.kefu.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.kefu.access.Accounts;
import io.kefu.access.KefuUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Compares a signed-in session with its account before every request, ahead of every
 * security filter chain (pages, API, the WebSocket handshake): a session whose account is
 * gone or disabled, or whose roles or password changed since it signed in, ends, and the
 * request goes on as anonymous (a sign-in page or a 401). Other changes (a shop granted,
 * a new name, a forced password change lifted) are taken into the session. The database
 * holds the truth, so this works across nodes and restarts alike.
 */
class StaleSessions extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(StaleSessions.class);

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final Accounts accounts;

	StaleSessions(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SecurityConfiguration.STATIC_FILES.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(CONTEXT) instanceof SecurityContext context) {
			Authentication signedIn = context.getAuthentication();
			if (signedIn != null && signedIn.getPrincipal() instanceof KefuUser user) {
				check(session, signedIn, user);
			}
		}
		chain.doFilter(request, response);
	}

	private void check(HttpSession session, Authentication signedIn, KefuUser user) {
		Optional<KefuUser> now = accounts.find(user.caller().agentId());
		if (now.isEmpty() || user.endedBy(now.get())) {
			log.info("Ended a session of {}: the account changed", user.getUsername());
			session.invalidate();
		}
		else if (!now.get().equals(user)) {
			UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(now.get(),
					null, now.get().getAuthorities());
			renewed.setDetails(signedIn.getDetails());
			session.setAttribute(CONTEXT, new SecurityContextImpl(renewed));
		}
	}

}
