package io.kefu.ingest.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.InvalidUploadNameException;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The import API's refusals of an upload as problem details, in the language of
 * Accept-Language like the rest of the import API: over the size limit (413), not a
 * complete multipart body (400), a file name that is a path (400, naming the field
 * {@code files}). Nothing of a refused upload is kept.
 */
@RestControllerAdvice(assignableTypes = ImportApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiErrors {

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportApiErrors(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/**
	 * Only a body sent in chunks comes here, since {@link UploadSizeLimit} refuses a
	 * declared length over the limit; the rest of the body is read for a clean answer.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(HttpServletRequest request) throws IOException {
		UploadSizeLimit.drain(request.getInputStream(), jobs.maxUploadSize().toBytes());
		return tooLarge(jobs.maxUploadSize(), messages, language(request));
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail notMultipart(HttpServletRequest request) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("imports.refused.badBody", null, language(request)));
	}

	/**
	 * Tomcat's word for the same refusals when something read a request parameter before
	 * the controller (the language switch does, on every request), which parses the
	 * parts: 413 for a body over the multipart limit, else a broken body.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail unparsable(InvalidParameterException ex, HttpServletRequest request) throws IOException {
		return ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? tooLarge(request) : notMultipart(request);
	}

	@ExceptionHandler(InvalidUploadNameException.class)
	ProblemDetail badName(InvalidUploadNameException ex, HttpServletRequest request) {
		String reason = messages.getMessage("imports.refused.badName", new Object[] { ex.printableName() },
				language(request));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "files: " + reason);
		problem.setProperty("errors", List.of(Map.of("field", "files", "reason", reason)));
		return problem;
	}

	static ProblemDetail tooLarge(DataSize limit, MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage("imports.refused.tooLarge", new Object[] { describe(limit) }, locale));
		problem.setProperty("limitBytes", limit.toBytes());
		return problem;
	}

	/** A size as people write it: {@code 200 MB}, {@code 1 GB}, {@code 512 KB}. */
	static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= DataSize.ofGigabytes(1).toBytes() && bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
			return size.toGigabytes() + " GB";
		}
		if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " B";
	}

	private static Locale language(HttpServletRequest request) {
		return ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

}
