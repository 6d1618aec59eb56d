package io.kefu.ingest.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.kefu.access.Caller;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a supervisor hands in marketplace exports and reads what became of them. With
 * JavaScript the page sends the files to {@link ImportApi} itself, to show the upload's
 * progress; without, its form posts here and the job's page follows the import.
 */
@Controller
class ImportPages {

	/** Enough to find yesterday's import without turning the page into an archive. */
	static final int RECENT_JOBS = 10;

	/** Why an upload was refused before any of it was kept: imports.refused.* keys. */
	private static final Set<String> REFUSALS = Set.of("tooLarge", "badBody");

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportPages(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/**
	 * The drop zone and the recent jobs; {@code refused} names why an upload was just
	 * refused ({@code tooLarge}, {@code badBody}).
	 */
	@GetMapping("/shops/{shopId}/imports")
	String list(@PathVariable long shopId, @RequestParam(required = false) @Nullable String refused, Caller caller,
			Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("jobs", jobs.recent(ShopId.of(shopId), RECENT_JOBS));
		model.addAttribute("refused", refused != null && REFUSALS.contains(refused) ? refused : null);
		model.addAttribute("maxUploadBytes", jobs.maxUploadSize().toBytes());
		model.addAttribute("maxUploadSize", ImportApiErrors.describe(jobs.maxUploadSize()));
		return "imports/list";
	}

	/** The recent jobs, which the page reloads with htmx while one of them runs. */
	@GetMapping("/shops/{shopId}/imports/recent")
	String recent(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("jobs", jobs.recent(ShopId.of(shopId), RECENT_JOBS));
		return "imports/list :: recent";
	}

	/** The form's own submission, when the browser runs no JavaScript. */
	@PostMapping("/shops/{shopId}/imports")
	String submit(@PathVariable long shopId, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean skipBadLines, Caller caller, RedirectAttributes redirect)
			throws IOException {
		caller.requireSupervisorOf(shopId);
		if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
			redirect.addFlashAttribute("noFiles", true);
			return "redirect:/shops/{shopId}/imports";
		}
		ImportJob job = jobs.submit(ShopId.of(shopId), AgentId.of(caller.agentId()), Uploads.save(files, jobs), null,
				skipBadLines);
		redirect.addAttribute("jobId", job.id());
		return "redirect:/shops/{shopId}/imports/{jobId}";
	}

	@GetMapping("/shops/{shopId}/imports/{jobId}")
	String job(@PathVariable long shopId, @PathVariable UUID jobId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("job", jobOf(shopId, jobId));
		return "imports/job";
	}

	/** The part of the job page that htmx reloads while the job runs. */
	@GetMapping("/shops/{shopId}/imports/{jobId}/progress")
	String progress(@PathVariable long shopId, @PathVariable UUID jobId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("job", jobOf(shopId, jobId));
		return "imports/job :: progress";
	}

	/**
	 * The error report in the page's language, which a browser's Accept-Language is not.
	 */
	@GetMapping("/shops/{shopId}/imports/{jobId}/errors")
	ResponseEntity<String> errors(@PathVariable long shopId, @PathVariable UUID jobId, Caller caller, Locale locale) {
		caller.requireSupervisorOf(shopId);
		return ErrorReport.download(jobOf(shopId, jobId), messages, locale);
	}

	/** A job of another shop is as unknown as one that does not exist. */
	private ImportJob jobOf(long shopId, UUID jobId) {
		return jobs.find(jobId)
			.filter(job -> job.shopId().value() == shopId)
			.orElseThrow(() -> new ImportJobNotFoundException(shopId, jobId));
	}

}
