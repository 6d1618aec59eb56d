package io.kefu.access.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address people reach Kefu at ({@code kefu.base-url}, {@code KEFU_BASE_URL}), for
 * example {@code https://kefu.example.com} behind a proxy that ends TLS: scheme, host and
 * port, nothing else.
 */
record BaseUrl(String scheme, String host, int port) {

	BaseUrl {
		scheme = scheme.toLowerCase(Locale.ROOT);
		host = host.toLowerCase(Locale.ROOT);
	}

	/**
	 * @return empty when {@code text} is blank
	 * @throws IllegalArgumentException when it is not {@code http(s)://host[:port]}
	 */
	static Optional<BaseUrl> parse(String text) {
		if (text.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(text.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String path = uri.getRawPath() == null ? "" : uri.getRawPath();
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| !(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null
					|| uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
				throw new IllegalArgumentException(
						"The base URL is scheme://host[:port], e.g. " + "https://kefu.example.com, not " + text);
			}
			int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
			return Optional.of(new BaseUrl(scheme, uri.getHost(), port));
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("The base URL is not a URL: " + text, ex);
		}
	}

	boolean https() {
		return scheme.equals("https");
	}

	/**
	 * {@code https://kefu.example.com}, the port left out when it is the scheme's own.
	 */
	String origin() {
		boolean defaultPort = https() ? port == 443 : port == 80;
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

}
