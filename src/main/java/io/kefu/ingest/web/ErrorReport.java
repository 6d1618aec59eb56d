package io.kefu.ingest.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportJob;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The downloadable error report of a job: a summary line a file, then one
 * {@code FILE:LINE: field: reason} a line, in the reader's language.
 */
final class ErrorReport {

	private ErrorReport() {
	}

	static ResponseEntity<String> download(ImportJob job, MessageSource messages, Locale locale) {
		StringBuilder report = new StringBuilder();
		if (job.failure() != null) {
			report.append(ImportJobResponse.reason(job.failure(), messages, locale)).append('\n');
		}
		job.files().forEach(file -> {
			if (file.report() != null) {
				report.append(summary(file.report(), messages, locale)).append('\n');
				file.report().errors().forEach(error -> report.append(error.render(messages, locale)).append('\n'));
			}
		});
		return ResponseEntity.ok()
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename("import-" + job.id() + "-errors.txt", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(report.toString());
	}

	private static String summary(FileReport report, MessageSource messages, Locale locale) {
		String kind = messages.getMessage(
				report.kind() == null ? "imports.kind.unknown" : "imports.kind." + report.kind().name(), null, locale);
		String outcome = messages.getMessage(report.applied() ? "imports.applied" : "imports.notApplied", null, locale);
		return messages.getMessage("imports.report.summary", new Object[] { report.file(), kind, outcome, report.read(),
				report.inserted(), report.updated(), report.unchanged(), report.rejected() }, locale);
	}

}
