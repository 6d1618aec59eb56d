package io.kefu.quality.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.customer.Buyers;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.ReceptionReview;
import io.kefu.quality.Reviews;
import io.kefu.quality.Rule;
import io.kefu.quality.Scorecard;
import io.kefu.quality.Settlement;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review page of one reception (质检详情): its transcript with each hit on its message
 * and the buttons for it, the annotations, the scorecard and the buyer's feedback. Every
 * action is a form post that comes back to the page with what happened, so it works
 * without JavaScript.
 */
@Controller
class ReviewPages {

	static final String PATH = "/shops/{shopId}/quality/{day}/{agentId}/{buyerId}";

	private final Reviews reviews;

	private final Staff staff;

	private final Buyers buyers;

	private final ReviewAccess access;

	ReviewPages(Reviews reviews, Staff staff, Buyers buyers, ReviewAccess access) {
		this.reviews = reviews;
		this.staff = staff;
		this.buyers = buyers;
		this.access = access;
	}

	@GetMapping(PATH)
	String review(@PathVariable long shopId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@PathVariable long agentId, @PathVariable long buyerId, Caller caller, Model model) {
		ReceptionKey key = access.readable(caller, shopId, day, agentId, buyerId);
		ReceptionReview review = reviews.review(key);
		Map<AgentId, String> agents = new HashMap<>();
		staff.inShop(ShopId.of(shopId)).forEach(agent -> agents.put(agent.id(), agent.displayName()));
		model.addAttribute("review", review);
		model.addAttribute("key", key);
		model.addAttribute("agents", agents);
		model.addAttribute("buyer",
				buyers.nicks(ShopId.of(shopId), List.of(buyerId)).getOrDefault(buyerId, "#" + buyerId));
		model.addAttribute("supervises", caller.supervises());
		model.addAttribute("mayReview", access.mayReview(caller, shopId, agentId));
		model.addAttribute("own", caller.agentId() == agentId);
		model.addAttribute("steps", ReceptionStep.values());
		model.addAttribute("marks", List.of(0, 1, 2, 3, 4, 5));
		model.addAttribute("kinds", BuyerFeedback.Kind.values());
		model.addAttribute("maxMark", Scorecard.MAX_MARK);
		return "quality/review";
	}

	@PostMapping(PATH + "/hits/{messageId}/{rule}/wrong")
	String markWrong(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @PathVariable long messageId, @PathVariable Rule rule, Caller caller,
			RedirectAttributes redirect) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome.of(key, messageId, redirect, "review.done.wrong",
				() -> reviews.markWrong(key, rule, messageId, AgentId.of(caller.agentId())));
	}

	@PostMapping(PATH + "/hits/{messageId}/{rule}/standing")
	String undoWrong(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @PathVariable long messageId, @PathVariable Rule rule, Caller caller,
			RedirectAttributes redirect) {
		ReceptionKey key = access.reviewed(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome.of(key, messageId, redirect, "review.done.standing",
				() -> reviews.undoWrong(key, rule, messageId));
	}

	@PostMapping(PATH + "/hits/{messageId}/{rule}/dispute")
	String dispute(@PathVariable long shopId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable long agentId,
			@PathVariable long buyerId, @PathVariable long messageId, @PathVariable Rule rule,
			@RequestParam(required = false) @Nullable String reason, Caller caller, RedirectAttributes redirect) {
		ReceptionKey key = access.ownReception(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome.of(key, messageId, redirect, "review.done.disputed",
				() -> reviews.dispute(key, rule, messageId, reason));
	}

	@PostMapping(PATH + "/hits/{messageId}/{rule}/settlement")
	String settle(@PathVariable long shopId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@PathVariable long agentId, @PathVariable long buyerId, @PathVariable long messageId,
			@PathVariable Rule rule, @RequestParam Settlement decision, Caller caller, RedirectAttributes redirect) {
		ReceptionKey key = access.supervised(caller, shopId, day, agentId, buyerId);
		return ReviewOutcome.of(key, messageId, redirect, "review.done." + decision.name(),
				() -> reviews.settle(key, rule, messageId, decision, AgentId.of(caller.agentId())));
	}

}
