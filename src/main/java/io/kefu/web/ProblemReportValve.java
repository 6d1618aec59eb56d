package io.kefu.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on a request that it refused itself, before any of Kefu saw it (a
 * NUL in the path, a malformed Host header): a problem detail for {@code /api/**}, like
 * every other API answer, and Tomcat's terse page, without its version, elsewhere.
 * Whatever the application answered itself is left alone.
 */
class ProblemReportValve extends ErrorReportValve {

	private final JsonMapper json;

	ProblemReportValve(JsonMapper json) {
		this.json = json;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String path = request.getRequestURI();
		if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", known == null ? "Error " + status : known.getReasonPhrase());
		problem.put("status", status);
		problem.put("detail", status >= 500 ? RequestFailure.SERVER_FAILED
				: "The server refused the request as malformed before reading it");
		problem.put("instance", path);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is already under way: nothing to tell
		}
	}

}
