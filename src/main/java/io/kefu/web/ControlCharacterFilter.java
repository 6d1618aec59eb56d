package io.kefu.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose path, query parameters or form fields hold a control character
 * (see {@link ControlCharacters}) before anything reads them, sign-in included: the error
 * dispatch answers a 400 naming the field, a problem detail on the API and a friendly
 * page elsewhere. A multipart body is left to the upload that streams it (only its query
 * is checked here); JSON bodies are checked as they are read
 * ({@code io.kefu.web.api.ControlCharacterGuard}).
 */
@Component
class ControlCharacterFilter extends OncePerRequestFilter implements Ordered {

	/** After the character encoding is set, before security reads the sign-in form. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ControlCharacterException refused = refusedIn(request);
		if (refused != null) {
			// the error dispatch reads the failure from here: the field it names
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refused);
			response.sendError(HttpStatus.BAD_REQUEST.value(), refused.getMessage());
			return;
		}
		chain.doFilter(request, response);
	}

	private static @Nullable ControlCharacterException refusedIn(HttpServletRequest request) {
		ControlCharacterException refused = check("path", decodedPath(request));
		if (refused != null) {
			return refused;
		}
		if (isMultipart(request)) {
			return checkQuery(request.getQueryString());
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			refused = check("parameter name", parameter.getKey());
			for (int i = 0; refused == null && i < parameter.getValue().length; i++) {
				refused = check(parameter.getKey(), parameter.getValue()[i]);
			}
			if (refused != null) {
				return refused;
			}
		}
		return null;
	}

	private static String decodedPath(HttpServletRequest request) {
		String path = request.getServletPath();
		return request.getPathInfo() == null ? path : path + request.getPathInfo();
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	/** The query of a multipart request, read without touching its body. */
	private static @Nullable ControlCharacterException checkQuery(@Nullable String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			ControlCharacterException refused = check("parameter name", name);
			if (refused == null && equals >= 0) {
				refused = check(name, decode(pair.substring(equals + 1)));
			}
			if (refused != null) {
				return refused;
			}
		}
		return null;
	}

	/** A malformed escape is the container's to refuse; it is read as it stands here. */
	private static String decode(String part) {
		try {
			return URLDecoder.decode(part, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return part;
		}
	}

	private static @Nullable ControlCharacterException check(String field, String text) {
		int index = ControlCharacters.indexIn(text);
		return index < 0 ? null : new ControlCharacterException(field, ControlCharacters.reason(text, index));
	}

}
