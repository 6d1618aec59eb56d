package io.kefu.quality.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.quality.InspectionNote;
import io.kefu.quality.InvalidReviewException;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.ReceptionReview;
import io.kefu.quality.Reviews;
import io.kefu.quality.Rule;
import io.kefu.quality.Scorecard;
import io.kefu.quality.Settlement;
import io.kefu.quality.StoredInspection;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review of one reception and what may be done to it. A supervisor reads and reviews
 * every reception of the shop, the trainer those of agents in training (but settles no
 * dispute); an agent reads only their own and may only dispute.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/inspections/{day}/{agentId}/{buyerId}")
class ReviewApi {

	private final Reviews reviews;

	private final ReviewAccess access;

	ReviewApi(Reviews reviews, ReviewAccess access) {
		this.reviews = reviews;
		this.access = access;
	}

	@GetMapping
	ReceptionReview review(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, Caller caller) {
		return reviews.review(access.readable(caller, shopId, day, agentId, buyerId));
	}

	@PostMapping("/hits/{messageId}/{rule}/wrong")
	StoredInspection markWrong(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @PathVariable long messageId, @PathVariable Rule rule, Caller caller) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		return reviews.markWrong(key, rule, messageId, AgentId.of(caller.agentId()));
	}

	@DeleteMapping("/hits/{messageId}/{rule}/wrong")
	StoredInspection undoWrong(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @PathVariable long messageId, @PathVariable Rule rule, Caller caller) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		return reviews.undoWrong(key, rule, messageId);
	}

	@PostMapping("/hits/{messageId}/{rule}/dispute")
	StoredInspection dispute(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @PathVariable long messageId, @PathVariable Rule rule,
			@RequestBody DisputeBody body, Caller caller) {
		ReceptionKey key = access.ownReception(caller, shopId, day, agentId, buyerId);
		return reviews.dispute(key, rule, messageId, body.reason());
	}

	@PostMapping("/hits/{messageId}/{rule}/settlement")
	StoredInspection settle(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @PathVariable long messageId, @PathVariable Rule rule,
			@RequestBody SettlementBody body, Caller caller) {
		ReceptionKey key = access.supervised(caller, shopId, day, agentId, buyerId);
		return reviews.settle(key, rule, messageId, body.settlement(), AgentId.of(caller.agentId()));
	}

	@PostMapping("/notes")
	@ResponseStatus(HttpStatus.CREATED)
	InspectionNote annotate(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @RequestBody NoteBody body, Caller caller) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		if (body.messageId() == null) {
			throw new InvalidReviewException("messageId", "name the message the annotation is on");
		}
		return reviews.annotate(key, body.messageId(), body.text(), AgentId.of(caller.agentId()));
	}

	@PutMapping("/scorecard")
	Scorecard score(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @RequestBody ScorecardBody body, Caller caller) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		return reviews.score(key, body.steps(), body.comment(), AgentId.of(caller.agentId()));
	}

	record DisputeBody(@Nullable String reason) {
	}

	record SettlementBody(@Nullable String decision) {

		Settlement settlement() {
			if (decision != null) {
				for (Settlement each : Settlement.values()) {
					if (each.name().equalsIgnoreCase(decision.strip())) {
						return each;
					}
				}
			}
			throw new InvalidReviewException("decision", "UPHOLD or OVERTURN");
		}

	}

	record NoteBody(@Nullable Long messageId, @Nullable String text) {
	}

	/**
	 * @param marks each step's mark by the step's name; steps left out are not marked
	 */
	record ScorecardBody(@Nullable Map<String, Integer> marks, @Nullable String comment) {

		Map<ReceptionStep, Integer> steps() {
			Map<ReceptionStep, Integer> steps = new EnumMap<>(ReceptionStep.class);
			if (marks == null) {
				return steps;
			}
			marks.forEach((name, mark) -> {
				ReceptionStep step;
				try {
					step = ReceptionStep.valueOf(name);
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidReviewException("marks." + name, "not a reception step");
				}
				if (mark == null) {
					throw new InvalidReviewException("marks." + name, "a mark is 0 to " + Scorecard.MAX_MARK);
				}
				steps.put(step, mark);
			});
			return steps;
		}

	}

}
