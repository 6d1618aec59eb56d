package io.kefu.quality.web;

import java.util.List;
import java.util.Map;

import io.kefu.quality.Inspection;
import io.kefu.quality.Inspector;
import io.kefu.quality.Rule;
import io.kefu.quality.Severity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Inspections of transcripts. */
@RestController
class InspectionApi {

	private final Inspector inspector;

	InspectionApi(Inspector inspector) {
		this.inspector = inspector;
	}

	/**
	 * Inspects the messages given as one reception with the default rules and answers the
	 * score and the hits, each naming the message by its position in the request. Stores
	 * nothing, so any signed-in staff member may call it (the security chain lets no one
	 * else reach the API).
	 */
	@PostMapping("/api/v1/inspections/check")
	CheckResult check(@RequestBody CheckRequest body) {
		Inspection inspection = inspector.inspect(body.transcript());
		return new CheckResult(inspection.score(),
				inspection.hits()
					.stream()
					.map(hit -> new HitView(hit.rule(), hit.messageIndex(), hit.severity()))
					.toList());
	}

	@ExceptionHandler(InvalidCheckRequest.class)
	ProblemDetail invalid(InvalidCheckRequest ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors",
				ex.problems().stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
		return problem;
	}

	record CheckResult(int score, List<HitView> hits) {
	}

	record HitView(Rule rule, int messageIndex, Severity severity) {
	}

}
