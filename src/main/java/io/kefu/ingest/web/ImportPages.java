package io.kefu.ingest.web;

import java.util.UUID;

import io.kefu.access.Caller;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a supervisor hands in marketplace exports and reads what became of them. The
 * files go to {@link ImportApi} from the browser, so that the page can show the upload's
 * progress; these pages only read.
 */
@Controller
class ImportPages {

	/** Enough to find yesterday's import without turning the page into an archive. */
	static final int RECENT_JOBS = 10;

	private final ImportJobs jobs;

	ImportPages(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/shops/{shopId}/imports")
	String list(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("jobs", jobs.recent(shopId, RECENT_JOBS));
		return "imports/list";
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

	/** A job of another shop is as unknown as one that does not exist. */
	private ImportJob jobOf(long shopId, UUID jobId) {
		return jobs.find(jobId)
			.filter(job -> job.shopId() == shopId)
			.orElseThrow(() -> new ImportJobNotFoundException(shopId, jobId));
	}

}
