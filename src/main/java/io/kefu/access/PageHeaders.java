package io.kefu.access;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The security headers of every response: a Content-Security-Policy that lets pages run
 * only scripts and styles served by Kefu itself (its own files and the WebJars under
 * {@code /webjars/}), never inline ones; {@code Referrer-Policy: same-origin}; and Spring
 * Security's defaults ({@code X-Content-Type-Options: nosniff}, HSTS on HTTPS). Staff
 * pages may not be framed by any site; the buyer's chat page may be framed by every site,
 * since shops embed it. Swagger UI, for administrators, injects its own styles and gets
 * inline styles, still no inline script.
 */
public final class PageHeaders {

	private static final String SOURCES = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; ";

	/** Staff pages and the API: framed by no one. */
	public static final String STAFF_POLICY = SOURCES + "frame-ancestors 'none'";

	/**
	 * The chat page: framed by any shop's site. No {@code frame-ancestors} at all, since
	 * {@code *} would match only http(s) pages, not a shop's page opened from a file.
	 */
	public static final String EMBEDDABLE_POLICY = SOURCES.strip();

	/** Swagger UI: its bundle writes {@code <style>} elements. */
	public static final String SWAGGER_UI_POLICY = STAFF_POLICY.replace("style-src 'self';",
			"style-src 'self' 'unsafe-inline';");

	private static final RequestMatcher SWAGGER_UI = pathPattern("/swagger-ui/**");

	private PageHeaders() {
	}

	public static Customizer<HeadersConfigurer<HttpSecurity>> staff() {
		return headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new ContentSecurityPolicyHeaderWriter(STAFF_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny());
	}

	public static Customizer<HeadersConfigurer<HttpSecurity>> embeddable() {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(EMBEDDABLE_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.disable());
	}

}
