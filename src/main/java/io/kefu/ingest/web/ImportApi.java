package io.kefu.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.kefu.access.Caller;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.ImportKind;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ImportApi {

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportApi(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/**
	 * Queues marketplace exports for import into the shop (supervisors): order reports,
	 * item reports, chat records. Answers 202 with the job; {@code GET
	 * /api/v1/imports/{jobId}} follows it.
	 */
	@PostMapping(path = "/api/v1/shops/{shopId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJobResponse> submit(@PathVariable long shopId,
			@RequestParam("files") List<MultipartFile> files, @RequestParam(required = false) @Nullable ImportKind kind,
			@RequestParam(defaultValue = "false") boolean skipBadLines, Caller caller,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language)
			throws IOException {
		caller.requireSupervisorOf(shopId);
		if (files.isEmpty() || files.stream().allMatch(MultipartFile::isEmpty)) {
			// in the caller's words: the import page shows it as it is
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
					ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
							messages.getMessage("imports.refused.400", null, ApiLanguage.of(language))),
					null);
		}
		ImportJob job = jobs.submit(ShopId.of(shopId), AgentId.of(caller.agentId()), Uploads.save(files, jobs), kind,
				skipBadLines);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + job.id()))
			.body(ImportJobResponse.of(job, messages, ApiLanguage.of(language)));
	}

	/**
	 * A job's status, and for each file its counts and the reasons of its rejected lines,
	 * in the language of Accept-Language (Chinese unless it asks for English).
	 */
	@GetMapping("/api/v1/imports/{jobId}")
	ImportJobResponse job(@PathVariable UUID jobId, Caller caller,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
		return ImportJobResponse.of(visibleJob(jobId, caller), messages, ApiLanguage.of(language));
	}

	/**
	 * The error report of a job as a text file, one {@code FILE:LINE: field: reason} a
	 * line, in the language of Accept-Language.
	 */
	@GetMapping(path = "/api/v1/imports/{jobId}/errors", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> errors(@PathVariable UUID jobId, Caller caller,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
		return ErrorReport.download(visibleJob(jobId, caller), messages, ApiLanguage.of(language));
	}

	private ImportJob visibleJob(UUID jobId, Caller caller) {
		ImportJob job = jobs.find(jobId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no import job " + jobId));
		caller.requireSupervisorOf(job.shopId().value());
		return job;
	}

}
