package io.kefu.ingest.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportKind;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An import job as the API shows it: the job, with each error rendered as
 * {@code FILE:LINE: field: reason} in the caller's language.
 *
 * @param failure why a FAILED job stopped ({@link ImportJob.Cause}), or null
 * @param failureReason the same in the caller's language, with the file it was importing
 */
record ImportJobResponse(UUID id, long shopId, ImportJob.Status status, Instant createdAt, @Nullable Instant finishedAt,
		List<File> files, ImportJob.@Nullable Cause failure, @Nullable String failureReason) {

	static ImportJobResponse of(ImportJob job, MessageSource messages, Locale locale) {
		ImportJob.Failure failure = job.failure();
		return new ImportJobResponse(job.id(), job.shopId().value(), job.status(), job.createdAt(), job.finishedAt(),
				job.files().stream().map(file -> File.of(file, messages, locale)).toList(),
				failure == null ? null : failure.cause(), failure == null ? null : reason(failure, messages, locale));
	}

	/** Why the job stopped, in the reader's words. */
	static String reason(ImportJob.Failure failure, MessageSource messages, Locale locale) {
		String cause = messages.getMessage(failure.messageCode(), null, locale);
		return failure.file() == null ? messages.getMessage("imports.failed.reason", new Object[] { cause }, locale)
				: messages.getMessage("imports.failed.reasonInFile", new Object[] { cause, failure.file() }, locale);
	}

	record File(String name, long size, ImportJob.FileStatus status, @Nullable Report report) {

		static File of(ImportJob.FileEntry file, MessageSource messages, Locale locale) {
			return new File(file.name(), file.size(), file.status(),
					file.report() == null ? null : Report.of(file.report(), messages, locale));
		}
	}

	/**
	 * @param errors the first thousand errors, then, when there were more, a line saying
	 * how many
	 * @param errorCount how many errors there were, listed or not
	 */
	record Report(String file, @Nullable ImportKind kind, boolean applied, long read, long inserted, long updated,
			long unchanged, long rejected, List<String> errors, long errorCount) {

		static Report of(FileReport report, MessageSource messages, Locale locale) {
			return new Report(report.file(), report.kind(), report.applied(), report.read(), report.inserted(),
					report.updated(), report.unchanged(), report.rejected(),
					report.errors().stream().map(error -> error.render(messages, locale)).toList(),
					report.errorCount());
		}
	}

}
