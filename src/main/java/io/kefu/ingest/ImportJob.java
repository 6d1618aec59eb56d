package io.kefu.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Files a user handed in together and how far their import has come. */
public record ImportJob(UUID id, long shopId, Status status, Instant createdAt, @Nullable Instant finishedAt,
		List<FileEntry> files) {

	public ImportJob {
		files = List.copyOf(files);
	}

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	/** One file of the job: waiting, being imported, or done with its report. */
	public record FileEntry(String name, long size, FileStatus status, @Nullable FileReport report) {
	}

	public enum FileStatus {

		QUEUED, RUNNING, DONE

	}
}
