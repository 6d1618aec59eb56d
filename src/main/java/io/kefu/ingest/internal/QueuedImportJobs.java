package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.ImportKind;
import io.kefu.ingest.Imports;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Runs import jobs on one background thread: a shop's files are imported in the order
 * given, and two imports never compete for the same rows. Uploaded files live in the
 * upload folder until their job ends, however it ends.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
class QueuedImportJobs implements ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(QueuedImportJobs.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	/** Where uploads wait to be submitted, beside the folders of the jobs. */
	static final String INCOMING = "incoming";

	private final ImportJobStore store;

	private final Imports imports;

	private final ImportProperties settings;

	private final ExecutorService queue = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "kefu-imports");
		thread.setDaemon(true);
		return thread;
	});

	QueuedImportJobs(ImportJobStore store, Imports imports, ImportProperties settings) {
		this.store = store;
		this.imports = imports;
		this.settings = settings;
	}

	@PreDestroy
	void stop() {
		queue.shutdownNow();
	}

	@Override
	public ImportJob submit(ShopId shopId, AgentId submittedBy, List<Upload> files, @Nullable ImportKind kind,
			boolean skipBadLines) {
		UUID id = UUID.randomUUID();
		Path jobFolder = settings.folder().resolve(id.toString());
		List<Path> saved = new ArrayList<>();
		List<ImportJob.FileEntry> entries = new ArrayList<>();
		try {
			for (int i = 0; i < files.size(); i++) {
				// a folder per file: two files of one upload may have the same name
				Path target = move(files.get(i).savedAt(),
						jobFolder.resolve(Integer.toString(i)).resolve(files.get(i).name()));
				saved.add(target);
				entries
					.add(new ImportJob.FileEntry(files.get(i).name(), size(target), ImportJob.FileStatus.QUEUED, null));
			}
			store.create(id, shopId.value(), submittedBy.value(), entries);
		}
		catch (RuntimeException ex) {
			delete(jobFolder);
			files.forEach(file -> delete(file.savedAt()));
			throw ex;
		}
		queue.execute(() -> run(id, shopId, saved, kind, skipBadLines));
		return find(id).orElseThrow();
	}

	@Override
	public Optional<ImportJob> find(UUID id) {
		return store.find(id);
	}

	@Override
	public List<ImportJob> recent(ShopId shopId, int limit) {
		return store.recent(shopId.value(), limit);
	}

	@Override
	public Path newUploadFile() throws IOException {
		Path incoming = ownerOnlyFolder(settings.folder().resolve(INCOMING));
		return Files.createTempFile(incoming, "upload", ".part");
	}

	@Override
	public DataSize maxUploadSize() {
		return settings.maxUploadSize();
	}

	/**
	 * Runs a job to its end. Nothing may escape: an error that no file report covers (the
	 * heap exhausted, the database gone, a bug) marks the job FAILED with its cause,
	 * instead of leaving it RUNNING for ever; the file being imported was rolled back
	 * with its transaction.
	 */
	private void run(UUID id, ShopId shopId, List<Path> files, @Nullable ImportKind kind, boolean skipBadLines) {
		int current = -1;
		try {
			store.jobStatus(id, ImportJob.Status.RUNNING);
			for (int i = 0; i < files.size(); i++) {
				current = i;
				store.fileRunning(id, i);
				Path file = files.get(i);
				FileReport report = imports.importFile(shopId, file, file.getFileName().toString(), kind, skipBadLines);
				store.fileDone(id, i, report);
			}
			current = -1;
			store.jobStatus(id, ImportJob.Status.DONE);
		}
		catch (Throwable ex) {
			fail(id, current < 0 ? null : files.get(current).getFileName().toString(), ex);
		}
		finally {
			delete(settings.folder().resolve(id.toString()));
		}
	}

	/**
	 * By now the failed import's objects are unreachable (its frames are gone), so even
	 * after an OutOfMemoryError there is room again to log and to record the failure.
	 */
	private void fail(UUID id, @Nullable String file, Throwable error) {
		ImportJob.Cause cause = error instanceof OutOfMemoryError ? ImportJob.Cause.OUT_OF_MEMORY
				: ImportJob.Cause.UNEXPECTED_ERROR;
		try {
			log.error("Import job {} failed while importing {}", id, file, error);
			store.fail(id, new ImportJob.Failure(cause, file));
		}
		catch (Throwable again) {
			// the database may be what failed: the job stays RUNNING until the next
			// start marks it interrupted
			log.error("Import job {} failed and could not be marked FAILED", id, again);
		}
	}

	private static Path move(Path upload, Path target) {
		try {
			ownerOnlyFolder(target.getParent());
			return Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Creates the folder, and its parents, readable by Kefu's own user only. */
	static Path ownerOnlyFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return folder;
		}
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createDirectories(folder);
		}
		if (folder.getParent() != null) {
			ownerOnlyFolder(folder.getParent());
		}
		try {
			return Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (FileAlreadyExistsException ex) {
			// another upload made it meanwhile
			return folder;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}; it goes at the next start", path, ex);
		}
	}

}
