package io.kefu.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.kefu.ingest.ImportJobs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload to the import endpoints whose declared length is over
 * {@code kefu.imports.max-upload-size} before a byte of it is parsed or stored: the API
 * answers 413 with a problem naming the limit, the page's form leads back to the import
 * page, which names it. Runs before Spring Security, whose CSRF check would otherwise
 * parse the whole body of a page's form.
 * <p>
 * A client that asked to continue ({@code Expect: 100-continue}) is answered at once and
 * never sends its body. Any other client is still sending while the answer is written; if
 * the server stopped reading, the client would see the connection reset instead of the
 * answer, so the body is read and thrown away first, up to ten times the limit (beyond
 * that the connection is closed as it is).
 */
class UploadSizeLimit extends OncePerRequestFilter {

	/** A multiple of the limit that is still read to the end for a clean answer. */
	static final int DRAINED_MULTIPLE = 10;

	private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/v1/shops/{shopId}/imports");

	private static final PathPattern PAGE = PathPatternParser.defaultInstance.parse("/shops/{shopId}/imports");

	private final ImportJobs jobs;

	private final MessageSource messages;

	private final JsonMapper json;

	UploadSizeLimit(ImportJobs jobs, MessageSource messages, JsonMapper json) {
		this.jobs = jobs;
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !(isApi(request) || isPage(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = jobs.maxUploadSize().toBytes();
		long declared = request.getContentLengthLong();
		if (declared <= limit) {
			chain.doFilter(request, response);
			return;
		}
		if (!"100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))
				&& declared / DRAINED_MULTIPLE <= limit) {
			drain(request.getInputStream(), limit);
		}
		if (isApi(request)) {
			tooLarge(request, response);
		}
		else {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getRequestURI() + "?refused=tooLarge");
		}
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ImportApiErrors.tooLarge(jobs.maxUploadSize(), messages,
				ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Reads what the client sends, up to ten times the limit, and forgets it; a client
	 * that hangs up ends it.
	 */
	static void drain(InputStream body, long limit) {
		try {
			byte[] buffer = new byte[64 * 1024];
			long left = limit * DRAINED_MULTIPLE;
			for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
				left -= n;
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client stopped sending, or the body was read already: nothing to drain
		}
	}

	private static boolean isApi(HttpServletRequest request) {
		return API.matches(path(request));
	}

	private static boolean isPage(HttpServletRequest request) {
		return PAGE.matches(path(request));
	}

	private static PathContainer path(HttpServletRequest request) {
		return PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
