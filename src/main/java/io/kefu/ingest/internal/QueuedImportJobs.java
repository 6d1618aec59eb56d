package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.ImportKind;
import io.kefu.ingest.Imports;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Runs import jobs on one background thread: a shop's files are imported in the order
 * given, and two imports never compete for the same rows. Uploaded files live in
 * {@code kefu.imports.dir} until their job is done.
 */
@Service
class QueuedImportJobs implements ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(QueuedImportJobs.class);

	private final ImportJobStore store;

	private final Imports imports;

	private final Path folder;

	private final ExecutorService queue = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "kefu-imports");
		thread.setDaemon(true);
		return thread;
	});

	QueuedImportJobs(ImportJobStore store, Imports imports,
			@Value("${kefu.imports.dir:${java.io.tmpdir}/kefu-imports}") Path folder) {
		this.store = store;
		this.imports = imports;
		this.folder = folder;
	}

	@PreDestroy
	void stop() {
		queue.shutdownNow();
	}

	@EventListener(ApplicationReadyEvent.class)
	void failJobsOfAnEarlierRun() {
		List<UUID> failed = store.failUnfinished();
		if (!failed.isEmpty()) {
			log.warn("{} import jobs were cut off when Kefu stopped; they are marked FAILED", failed.size());
		}
		// their uploads hold buyers' data and will not be read again
		failed.forEach(id -> FileSystemUtils.deleteRecursively(folder.resolve(id.toString()).toFile()));
	}

	@Override
	public ImportJob submit(long shopId, long submittedBy, List<Upload> files, @Nullable ImportKind kind,
			boolean skipBadLines) {
		UUID id = UUID.randomUUID();
		List<Path> saved = new ArrayList<>();
		List<ImportJob.FileEntry> entries = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Path target = move(files.get(i), folder.resolve(id.toString()).resolve(Integer.toString(i)));
			saved.add(target);
			entries.add(new ImportJob.FileEntry(files.get(i).name(), size(target), ImportJob.FileStatus.QUEUED, null));
		}
		store.create(id, shopId, submittedBy, entries);
		queue.submit(() -> run(id, shopId, saved, kind, skipBadLines));
		return find(id).orElseThrow();
	}

	@Override
	public Optional<ImportJob> find(UUID id) {
		return store.find(id);
	}

	@Override
	public List<ImportJob> recent(long shopId, int limit) {
		return store.recent(shopId, limit);
	}

	private void run(UUID id, long shopId, List<Path> files, @Nullable ImportKind kind, boolean skipBadLines) {
		store.jobStatus(id, ImportJob.Status.RUNNING);
		try {
			for (int i = 0; i < files.size(); i++) {
				store.fileRunning(id, i);
				Path file = files.get(i);
				FileReport report = imports.importFile(shopId, file, file.getFileName().toString(), kind, skipBadLines);
				store.fileDone(id, i, report);
			}
			store.jobStatus(id, ImportJob.Status.DONE);
		}
		catch (RuntimeException ex) {
			log.error("Import job {} failed", id, ex);
			store.jobStatus(id, ImportJob.Status.FAILED);
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.resolve(id.toString()).toFile());
		}
	}

	private static Path move(Upload upload, Path directory) {
		try {
			Files.createDirectories(directory);
			String name = Path.of(upload.name().replace('\\', '/')).getFileName().toString();
			return Files.move(upload.savedAt(), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

}
