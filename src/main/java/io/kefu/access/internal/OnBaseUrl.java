package io.kefu.access.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the request's {@code Host} header out of every redirect. With a base URL, the
 * application sees each request as made to it (scheme, host, port, HTTPS), so whatever
 * builds an absolute URL (Spring Security's saved request, HSTS, the WebSocket origin
 * check) uses the base URL, and redirects go to it. Without one, a redirect to the
 * request's own host becomes a path, which the browser resolves against the address it
 * used: a forged {@code Host: evil.example} never comes back in a {@code Location}.
 */
class OnBaseUrl extends OncePerRequestFilter {

	private final @Nullable BaseUrl base;

	OnBaseUrl(@Nullable BaseUrl base) {
		this.base = base;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestHost = request.getServerName();
		HttpServletRequest seen = base == null ? request : new AtBaseUrl(request, base);
		chain.doFilter(seen, new Redirects(response, requestHost, base));
	}

	/**
	 * Where a redirect to {@code location} goes: a location on the request's own host (as
	 * its {@code Host} header named it) or a path becomes the base URL with that path, or
	 * the bare path without a base URL; a location elsewhere stays as it is.
	 */
	static String rewrite(String location, String requestHost, @Nullable BaseUrl base) {
		URI uri;
		try {
			uri = new URI(location);
		}
		catch (URISyntaxException ex) {
			return location;
		}
		String path = location;
		if (uri.isAbsolute()) {
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(requestHost)) {
				return location;
			}
			path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
					+ (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
		}
		if (!path.startsWith("/") || path.startsWith("//")) {
			return location;
		}
		return base == null ? path : base.origin() + path;
	}

	/** The request as made to the base URL. */
	private static final class AtBaseUrl extends HttpServletRequestWrapper {

		private final BaseUrl base;

		AtBaseUrl(HttpServletRequest request, BaseUrl base) {
			super(request);
			this.base = base;
		}

		@Override
		public String getScheme() {
			return base.scheme();
		}

		@Override
		public String getServerName() {
			return base.host();
		}

		@Override
		public int getServerPort() {
			return base.port();
		}

		@Override
		public boolean isSecure() {
			return base.https();
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(base.origin()).append(getRequestURI());
		}

	}

	/**
	 * Every form of {@code sendRedirect} goes through {@link OnBaseUrl#rewrite}, and the
	 * {@code Location} is written as it comes out: Tomcat would make a path absolute with
	 * the {@code Host} header for an HTTP/1.0 request.
	 */
	private static final class Redirects extends HttpServletResponseWrapper {

		private final String requestHost;

		private final @Nullable BaseUrl base;

		Redirects(HttpServletResponse response, String requestHost, @Nullable BaseUrl base) {
			super(response);
			this.requestHost = requestHost;
			this.base = base;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			redirect(location, SC_FOUND, true);
		}

		@Override
		public void sendRedirect(String location, int sc) throws IOException {
			redirect(location, sc, true);
		}

		@Override
		public void sendRedirect(String location, boolean clearBuffer) throws IOException {
			redirect(location, SC_FOUND, clearBuffer);
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
			redirect(location, sc, clearBuffer);
		}

		private void redirect(String location, int status, boolean clearBuffer) throws IOException {
			if (isCommitted()) {
				throw new IllegalStateException("Cannot redirect to " + location + ": the response is committed");
			}
			if (clearBuffer) {
				resetBuffer();
			}
			setStatus(status);
			setHeader("Location", rewrite(location, requestHost, base));
			flushBuffer();
		}

	}

}
