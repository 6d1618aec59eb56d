package io.kefu.analytics.web;

import java.io.IOException;
import java.time.LocalDate;

import io.kefu.access.Caller;
import io.kefu.analytics.FigureRecompute;
import io.kefu.analytics.InvalidRangeException;
import io.kefu.shop.ShopId;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboard's 重新计算 button: a supervisor has the days shown recomputed now, and comes
 * back to the dashboard, which says "recomputing…" until they are.
 */
@Controller
class FigureRecomputePages {

	private final FigureRecompute recompute;

	FigureRecomputePages(FigureRecompute recompute) {
		this.recompute = recompute;
	}

	@PostMapping("/shops/{shopId}/figures/recompute")
	String recompute(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "RANGE") FigurePeriod period,
			@RequestParam(required = false) @Nullable String judgeRule, Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		recompute.request(ShopId.of(shopId), from, to);
		redirect.addFlashAttribute("recomputing", true);
		redirect.addAttribute("period", period.name());
		if (period == FigurePeriod.RANGE) {
			redirect.addAttribute("from", from.toString());
			redirect.addAttribute("to", to.toString());
		}
		if (judgeRule != null && !judgeRule.isBlank()) {
			redirect.addAttribute("judgeRule", judgeRule);
		}
		return "redirect:/shops/" + shopId + "/figures";
	}

	@ExceptionHandler(InvalidRangeException.class)
	void invalidRange(InvalidRangeException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value(), ex.getMessage());
	}

}
