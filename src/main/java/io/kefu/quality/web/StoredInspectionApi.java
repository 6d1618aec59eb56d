package io.kefu.quality.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.quality.HitStatus;
import io.kefu.quality.Inspections;
import io.kefu.quality.QualitySummary;
import io.kefu.quality.Rule;
import io.kefu.quality.Severity;
import io.kefu.quality.StoredInspection;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored inspections of a shop's business days. A supervisor reads everyone's; an
 * agent reads only their own, whatever agent they ask for.
 */
@RestController
class StoredInspectionApi {

	static final int MAX_LIMIT = 10_000;

	private final Inspections inspections;

	StoredInspectionApi(Inspections inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/api/v1/shops/{shopId}/inspections")
	InspectionPage inspections(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable Long agent, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "1000") int limit, Caller caller) {
		caller.requireShop(shopId);
		if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("offset is 0 or more and limit 1 to " + MAX_LIMIT);
		}
		List<StoredInspection> found = inspections.between(ShopId.of(shopId), from, to, agentFor(caller, agent));
		List<InspectionView> page = found.stream().skip(offset).limit(limit).map(InspectionView::of).toList();
		return new InspectionPage(from, to, found.size(), offset, page);
	}

	@GetMapping("/api/v1/shops/{shopId}/inspections/summary")
	QualitySummary summary(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable Long agent, Caller caller) {
		caller.requireShop(shopId);
		return inspections.summary(ShopId.of(shopId), from, to, agentFor(caller, agent));
	}

	/** Queues the period to be inspected again with the shop's current rule settings. */
	@PostMapping("/api/v1/shops/{shopId}/inspections/rerun")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> rerun(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Caller caller) {
		caller.requireSupervisorOf(shopId);
		inspections.inspectAgain(ShopId.of(shopId), from, to);
		return Map.of("shopId", shopId, "from", from, "to", to, "queued", true);
	}

	private static @Nullable AgentId agentFor(Caller caller, @Nullable Long asked) {
		if (!caller.supervises()) {
			return AgentId.of(caller.agentId());
		}
		return asked == null ? null : AgentId.of(asked);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	record InspectionPage(LocalDate from, LocalDate to, int total, int offset, List<InspectionView> inspections) {
	}

	record InspectionView(LocalDate day, long agentId, long buyerId, int score, int rulesVersion, Instant inspectedAt,
			List<HitView> hits) {

		static InspectionView of(StoredInspection inspection) {
			return new InspectionView(inspection.reception().day(), inspection.reception().agentId().value(),
					inspection.reception().buyerId().value(), inspection.score(), inspection.rulesVersion(),
					inspection.inspectedAt(),
					inspection.hits()
						.stream()
						.map(hit -> new HitView(hit.rule(), hit.messageId(), hit.severity(), hit.weight(), hit.status(),
								hit.reason()))
						.toList());
		}

	}

	record HitView(Rule rule, long messageId, Severity severity, int weight, HitStatus status,
			@Nullable String reason) {
	}

}
