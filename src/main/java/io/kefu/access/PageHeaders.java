package io.kefu.access;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response: a Content-Security-Policy that lets pages run
 * only scripts and styles served by Kefu itself (its own files and the WebJars under
 * {@code /webjars/}), never inline ones; {@code Referrer-Policy: same-origin}; and Spring
 * Security's defaults ({@code X-Content-Type-Options: nosniff}, HSTS on HTTPS). Staff
 * pages may not be framed by any site; the buyer's chat page may be framed by every site,
 * since shops embed it.
 */
public final class PageHeaders {

	private static final String SOURCES = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; ";

	/** Staff pages and the API: framed by no one. */
	public static final String STAFF_POLICY = SOURCES + "frame-ancestors 'none'";

	/** The chat page: framed by any shop's site. */
	public static final String EMBEDDABLE_POLICY = SOURCES + "frame-ancestors *";

	private PageHeaders() {
	}

	public static Customizer<HeadersConfigurer<HttpSecurity>> staff() {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(STAFF_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny());
	}

	public static Customizer<HeadersConfigurer<HttpSecurity>> embeddable() {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(EMBEDDABLE_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.disable());
	}

}
