package io.kefu.quality.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.quality.BuyerFeedbacks;
import io.kefu.quality.InvalidReviewException;
import io.kefu.quality.NewFeedback;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.Reviews;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a supervisor writes down on the review page: annotations, the scorecard and the
 * buyer's ratings and complaints; the trainer writes annotations and the scorecard on the
 * receptions of agents in training.
 */
@Controller
class ReviewRecordPages {

	private final Reviews reviews;

	private final BuyerFeedbacks feedback;

	private final ReviewAccess access;

	ReviewRecordPages(Reviews reviews, BuyerFeedbacks feedback, ReviewAccess access) {
		this.reviews = reviews;
		this.feedback = feedback;
		this.access = access;
	}

	@PostMapping(ReviewPages.PATH + "/notes")
	String annotate(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @RequestParam long messageId,
			@RequestParam(required = false) @Nullable String text, Caller caller, RedirectAttributes redirect) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome.of(key, messageId, redirect, "review.done.note",
				() -> reviews.annotate(key, messageId, text, AgentId.of(caller.agentId())));
	}

	/**
	 * @param form {@code mark.GREETING} … {@code mark.FAREWELL} (empty: not marked) and
	 * {@code comment}
	 */
	@PostMapping(ReviewPages.PATH + "/scorecard")
	String score(@PathVariable long shopId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@PathVariable long agentId, @PathVariable long buyerId, @RequestParam Map<String, String> form,
			Caller caller, RedirectAttributes redirect) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome.of(key, 0, redirect, "review.done.scorecard",
				() -> reviews.score(key, marks(form), form.get("comment"), AgentId.of(caller.agentId())));
	}

	@PostMapping(ReviewPages.PATH + "/feedback")
	String recordFeedback(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String rating,
			@RequestParam(required = false) @Nullable String note, Caller caller, RedirectAttributes redirect) {
		ReceptionKey key = access.supervised(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome
			.of(key, 0, redirect, "review.done.feedback",
					() -> feedback.record(ShopId.of(shopId),
							NewFeedback.of(agentId, buyerId, day.toString(), kind,
									"COMPLAINT".equals(kind) ? null : number(rating), note),
							AgentId.of(caller.agentId())));
	}

	@PostMapping(ReviewPages.PATH + "/feedback/{feedbackId}/{decision:uphold|dismiss}")
	String decide(@PathVariable long shopId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@PathVariable long agentId, @PathVariable long buyerId, @PathVariable long feedbackId,
			@PathVariable String decision, Caller caller, RedirectAttributes redirect) {
		ReceptionKey key = access.supervised(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome.of(key, 0, redirect, "review.done." + decision, () -> {
			if (decision.equals("uphold")) {
				feedback.uphold(ShopId.of(shopId), feedbackId);
			}
			else {
				feedback.dismiss(ShopId.of(shopId), feedbackId);
			}
		});
	}

	private static Map<ReceptionStep, Integer> marks(Map<String, String> form) {
		Map<ReceptionStep, Integer> marks = new EnumMap<>(ReceptionStep.class);
		for (ReceptionStep step : ReceptionStep.values()) {
			String value = form.get("mark." + step.name());
			if (value != null && !value.isBlank()) {
				Integer mark = number(value);
				if (mark == null) {
					throw new InvalidReviewException("marks." + step.name(), "a mark is a number");
				}
				marks.put(step, mark);
			}
		}
		return marks;
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
