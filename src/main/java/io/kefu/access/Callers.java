package io.kefu.access;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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

}
