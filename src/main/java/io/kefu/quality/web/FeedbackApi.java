package io.kefu.quality.web;

import java.time.LocalDate;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.BuyerFeedbacks;
import io.kefu.quality.NewFeedback;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Buyers' ratings and complaints. Supervisors record them and decide complaints; an agent
 * reads only their own.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/feedback")
class FeedbackApi {

	private final BuyerFeedbacks feedback;

	FeedbackApi(BuyerFeedbacks feedback) {
		this.feedback = feedback;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	BuyerFeedback record(@PathVariable long shopId, @RequestBody FeedbackBody body, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return feedback.record(ShopId.of(shopId),
				NewFeedback.of(body.agentId(), body.buyerId(), body.day(), body.kind(), body.rating(), body.note()),
				AgentId.of(caller.agentId()));
	}

	@PostMapping("/{feedbackId}/uphold")
	BuyerFeedback uphold(@PathVariable long shopId, @PathVariable long feedbackId, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return feedback.uphold(ShopId.of(shopId), feedbackId);
	}

	@PostMapping("/{feedbackId}/dismiss")
	BuyerFeedback dismiss(@PathVariable long shopId, @PathVariable long feedbackId, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return feedback.dismiss(ShopId.of(shopId), feedbackId);
	}

	/**
	 * The period's feedback, or with {@code low=true} only the low ratings (低评); an agent
	 * gets only their own, whatever agent they ask for.
	 */
	@GetMapping
	FeedbackList list(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable Long agent, @RequestParam(defaultValue = "false") boolean low,
			Caller caller) {
		caller.requireShop(shopId);
		Long agentId = caller.supervises() ? agent : Long.valueOf(caller.agentId());
		List<BuyerFeedback> found = low ? feedback.lowRatings(ShopId.of(shopId), from, to, agent(agentId))
				: feedback.between(ShopId.of(shopId), from, to, agent(agentId));
		long lowRatings = found.stream().filter(BuyerFeedback::isLow).count();
		return new FeedbackList(from, to, agentId, found.size(), lowRatings, found);
	}

	private static @Nullable AgentId agent(@Nullable Long agentId) {
		return agentId == null ? null : AgentId.of(agentId);
	}

	record FeedbackBody(@Nullable Long agentId, @Nullable Long buyerId, @Nullable String day, @Nullable String kind,
			@Nullable Integer rating, @Nullable String note) {
	}

	record FeedbackList(LocalDate from, LocalDate to, @Nullable Long agentId, int total, long lowRatings,
			List<BuyerFeedback> feedback) {
	}

}
