package io.kefu.access.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests that change something with HTTP Basic credentials when a browser
 * sends them from another site: a browser that once had Basic credentials typed into its
 * dialog attaches them to every request to Kefu by itself, a cross-site form post
 * included, and such a request carries no CSRF token to check. Browsers name the page's
 * site in {@code Origin} (every cross-site POST) and {@code Sec-Fetch-Site}; scripts send
 * neither.
 */
class BrowserRequests extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ProblemResponses problems;

	BrowserRequests(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE_METHODS.contains(request.getMethod()) && carriesBasic(request) && fromAnotherSite(request)) {
			problems.crossSiteBasic(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean carriesBasic(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** Whether the request comes from a browser rather than a script. */
	static boolean fromBrowser(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader(HttpHeaders.ORIGIN) != null
				|| request.getHeader("X-Requested-With") != null || request.getHeader(HttpHeaders.COOKIE) != null
				|| accept != null && accept.contains("text/html");
	}

	/**
	 * A page of another site made the request: its {@code Origin} is not this site's (the
	 * base URL's, else the one the request was made to), or {@code Sec-Fetch-Site} says
	 * so.
	 */
	static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && !sameOrigin(origin, request);
	}

	private static boolean sameOrigin(String origin, HttpServletRequest request) {
		try {
			URI uri = new URI(origin);
			int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			return request.getScheme().equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
					&& uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
