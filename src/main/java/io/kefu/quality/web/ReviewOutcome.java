package io.kefu.quality.web;

import io.kefu.quality.InvalidReviewException;
import io.kefu.quality.ReceptionKey;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a review form post answers: back to the review page at the message it was about,
 * with a flash saying what was done or why it was not (a wrong field, or a change someone
 * else made first).
 */
final class ReviewOutcome {

	private ReviewOutcome() {
	}

	static String of(ReceptionKey key, long anchor, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("reviewDone", done);
		}
		catch (InvalidReviewException ex) {
			redirect.addFlashAttribute("reviewFailed", "review.invalid." + fieldKey(ex.field()));
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("reviewFailed", "review.conflict");
		}
		return "redirect:" + path(key) + (anchor > 0 ? "#m" + anchor : "");
	}

	static String path(ReceptionKey key) {
		return "/shops/" + key.shopId().value() + "/quality/" + key.day() + "/" + key.agentId().value() + "/"
				+ key.buyerId().value();
	}

	/** {@code marks.GREETING} is told as the marks. */
	private static String fieldKey(String field) {
		int dot = field.indexOf('.');
		return dot < 0 ? field : field.substring(0, dot);
	}

}
