package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Clears what an earlier run of the server left behind, before this one takes uploads:
 * jobs it left queued or running will never go on, so they are FAILED as interrupted by a
 * restart, and the upload folder is emptied. Only the server does this; a command run
 * beside a live server must not fail its jobs or delete its uploads.
 */
@Component
@ConditionalOnWebApplication
class ImportRecovery implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJobStore store;

	private final ImportProperties settings;

	ImportRecovery(ImportJobStore store, ImportProperties settings) {
		this.store = store;
		this.settings = settings;
	}

	/** Runs once every bean is made, before the web server opens its port. */
	@Override
	public void afterSingletonsInstantiated() {
		int failed = store.failUnfinished();
		if (failed > 0) {
			log.warn("{} import jobs were cut off when Kefu stopped; they are marked FAILED", failed);
		}
		emptyUploadFolder(settings.folder());
	}

	/**
	 * Deletes what Kefu put there, the folders of jobs (named by their ids) and of
	 * incoming uploads, and nothing else: the folder is a setting, and could be shared.
	 */
	static void emptyUploadFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> leftovers = Files.list(folder)) {
			leftovers.filter(ImportRecovery::isKefus).forEach(leftover -> {
				try {
					FileSystemUtils.deleteRecursively(leftover);
					log.info("Deleted {}, an upload an earlier run left behind", leftover);
				}
				catch (IOException ex) {
					log.warn("Could not delete the leftover upload {}", leftover, ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isKefus(Path leftover) {
		String name = leftover.getFileName().toString();
		if (name.equals(QueuedImportJobs.INCOMING)) {
			return true;
		}
		try {
			return UUID.fromString(name).toString().equals(name);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
