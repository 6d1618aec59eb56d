package io.kefu.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * Files a user handed in together and how far their import has come.
 *
 * @param failure why a FAILED job stopped, or null (a job that is not FAILED, or one that
 * failed before Kefu kept reasons)
 */
public record ImportJob(UUID id, ShopId shopId, Status status, Instant createdAt, @Nullable Instant finishedAt,
		List<FileEntry> files, @Nullable Failure failure) {

	public ImportJob {
		files = List.copyOf(files);
	}

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	/** One file of the job: waiting, being imported, or done with its report. */
	public record FileEntry(String name, long size, FileStatus status, @Nullable FileReport report) {
	}

	/**
	 * Where a file of the job stands; STOPPED is a file that was queued or being imported
	 * when its job failed, and of which nothing was applied.
	 */
	public enum FileStatus {

		QUEUED, RUNNING, DONE, STOPPED

	}

	/**
	 * Why a job stopped before its end, and the file it was importing then (null when it
	 * was between files).
	 */
	public record Failure(Cause cause, @Nullable String file) {

		/**
		 * The message key of the cause, {@code imports.failure.*}, in the pages' words.
		 */
		public String messageCode() {
			return "imports.failure." + cause.name();
		}

	}

	public enum Cause {

		/**
		 * Kefu stopped (a restart, a crash, a kill) while the job was queued or running.
		 */
		INTERRUPTED_BY_RESTART,
		/** The heap ran out while a file was imported. */
		OUT_OF_MEMORY,
		/** Any other error no line or file report covers: a bug, the database gone. */
		UNEXPECTED_ERROR

	}

}
