package io.kefu.ingest.web;

import java.io.IOException;

import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.InvalidUploadNameException;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page's refusals of an upload: back to the import page, which says why
 * ({@code refused=…}, or the refused name as a flash attribute). Nothing of a refused
 * upload is kept.
 */
@ControllerAdvice(assignableTypes = ImportPages.class)
class ImportPageErrors {

	private final ImportJobs jobs;

	ImportPageErrors(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) throws IOException {
		UploadSizeLimit.drain(request.getInputStream(), jobs.maxUploadSize().toBytes());
		return "redirect:" + importPage(request) + "?refused=tooLarge";
	}

	@ExceptionHandler(MultipartException.class)
	String notMultipart(HttpServletRequest request) {
		return "redirect:" + importPage(request) + "?refused=badBody";
	}

	/** Tomcat's word for the same, when something read a parameter first. */
	@ExceptionHandler(InvalidParameterException.class)
	String unparsable(InvalidParameterException ex, HttpServletRequest request) throws IOException {
		return ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? tooLarge(request) : notMultipart(request);
	}

	@ExceptionHandler(InvalidUploadNameException.class)
	String badName(InvalidUploadNameException ex, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("badName", ex.printableName());
		return "redirect:" + importPage(request);
	}

	/** The form posts to the import page's own address. */
	private static String importPage(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
