package io.kefu.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kefu.access.Caller;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.ImportKind;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ImportApi {

	private final ImportJobs jobs;

	ImportApi(ImportJobs jobs) {
		this.jobs = jobs;
	}

	/**
	 * Queues marketplace exports for import into the shop (supervisors): order reports,
	 * item reports, chat records. Answers 202 with the job; {@code GET
	 * /api/v1/imports/{jobId}} follows it.
	 */
	@PostMapping(path = "/api/v1/shops/{shopId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJob> submit(@PathVariable long shopId, @RequestParam("files") List<MultipartFile> files,
			@RequestParam(required = false) @Nullable ImportKind kind,
			@RequestParam(defaultValue = "false") boolean skipBadLines, Caller caller) throws IOException {
		caller.requireSupervisorOf(shopId);
		if (files.isEmpty() || files.stream().allMatch(MultipartFile::isEmpty)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send at least one non-empty file as 'files'");
		}
		List<ImportJobs.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			Path saved = Files.createTempFile("kefu-upload", ".part");
			file.transferTo(saved);
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			uploads.add(new ImportJobs.Upload(name, saved));
		}
		ImportJob job = jobs.submit(shopId, caller.agentId(), uploads, kind, skipBadLines);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
	}

	/**
	 * A job's status, and for each file its counts and the reasons of its rejected lines.
	 */
	@GetMapping("/api/v1/imports/{jobId}")
	ImportJob job(@PathVariable UUID jobId, Caller caller) {
		ImportJob job = jobs.find(jobId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no import job " + jobId));
		caller.requireSupervisorOf(job.shopId());
		return job;
	}

	/**
	 * The error report of a job as a text file, one {@code FILE:LINE: field: reason} a
	 * line.
	 */
	@GetMapping(path = "/api/v1/imports/{jobId}/errors", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> errors(@PathVariable UUID jobId, Caller caller) {
		ImportJob job = job(jobId, caller);
		StringBuilder report = new StringBuilder();
		job.files().forEach(file -> {
			if (file.report() != null) {
				report.append(file.report().summary()).append('\n');
				file.report().errors().forEach(error -> report.append(error).append('\n'));
			}
		});
		return ResponseEntity.ok()
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename("import-" + jobId + "-errors.txt", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(report.toString());
	}

}
