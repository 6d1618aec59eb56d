package io.kefu.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Import jobs: files are imported one after another in the background, jobs one at a
 * time. Whatever happens while a job runs, it ends DONE or FAILED with a reason, and its
 * files are deleted.
 */
public interface ImportJobs {

	/**
	 * Queues the files for import into the shop, each as {@link Imports#importFile}
	 * would. The files are moved into Kefu's own upload folder and deleted once imported.
	 * @param kind the files' kind, or null to detect each one's
	 */
	ImportJob submit(ShopId shopId, AgentId submittedBy, List<Upload> files, @Nullable ImportKind kind,
			boolean skipBadLines);

	Optional<ImportJob> find(UUID id);

	/**
	 * The shop's latest jobs, newest first, with their files.
	 * @param limit how many jobs at most
	 */
	List<ImportJob> recent(ShopId shopId, int limit);

	/**
	 * A new empty file in Kefu's upload folder, for an upload to be written to before it
	 * is submitted. One that is never submitted is removed at the next start at the
	 * latest.
	 */
	Path newUploadFile() throws IOException;

	/** The most one upload (all its files together) may weigh. */
	DataSize maxUploadSize();

	/**
	 * A file as uploaded: its name as the user knows it, and where it was saved.
	 *
	 * @throws IllegalArgumentException when the name is not a plain file name (see
	 * {@link UploadName})
	 */
	record Upload(String name, Path savedAt) {

		public Upload {
			UploadName.check(name);
		}

	}

}
