package io.kefu.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Import jobs: files are imported one after another in the background, jobs one at a
 * time.
 */
public interface ImportJobs {

	/**
	 * Queues the files for import into the shop, each as {@link Imports#importFile}
	 * would. The files are moved into Kefu's own upload folder and deleted once imported.
	 * @param kind the files' kind, or null to detect each one's
	 */
	ImportJob submit(long shopId, long submittedBy, List<Upload> files, @Nullable ImportKind kind,
			boolean skipBadLines);

	Optional<ImportJob> find(UUID id);

	/**
	 * The shop's latest jobs, newest first, with their files.
	 * @param limit how many jobs at most
	 */
	List<ImportJob> recent(long shopId, int limit);

	/** A file as uploaded: its name as the user knows it, and where it was saved. */
	record Upload(String name, Path savedAt) {
	}

}
