package io.kefu.appraisal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import io.kefu.access.Caller;
import io.kefu.appraisal.AppraisalStateException;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.AutoReplyWatch;
import io.kefu.appraisal.CheatingRecord;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor confirms a suspected cheating on the month page: it is recorded against
 * the agent on that day, with a note written from the figures the detection found, read
 * again here rather than taken from the form.
 */
@Controller
class SuspectedCheatingPages {

	private final SuspectLines suspects;

	private final Appraisals appraisals;

	private final MessageSource messages;

	private final Clock clock;

	SuspectedCheatingPages(SuspectLines suspects, Appraisals appraisals, MessageSource messages, Clock clock) {
		this.suspects = suspects;
		this.appraisals = appraisals;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/shops/{shopId}/appraisals/{month}/cheating/suspected")
	String confirm(@PathVariable long shopId, @PathVariable String month, @RequestParam long agent,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Caller caller,
			RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = ShopId.of(shopId);
		YearMonth shown = pageMonth(month);
		SuspectLine suspect = suspects.of(shop, shown)
			.stream()
			.filter(line -> line.agentId() == agent && line.day().equals(day) && !line.recorded())
			.findFirst()
			.orElse(null);
		if (suspect == null) {
			redirect.addFlashAttribute("problem", "appraisal.suspected.gone");
			return back(shopId, shown);
		}
		String note = messages.getMessage("appraisal.suspected.note",
				new Object[] { suspect.autoReplies(), suspect.fewestWaiting(), AutoReplyWatch.FEWEST_WAITING },
				LocaleContextHolder.getLocale());
		try {
			appraisals.recordCheating(shop, shown,
					new CheatingRecord(0, AgentId.of(agent), day, note, AgentId.of(caller.agentId()), clock.instant()));
			redirect.addFlashAttribute("done", "appraisal.suspected.confirmed");
		}
		catch (AppraisalStateException ex) {
			redirect.addFlashAttribute("problem", "appraisal.locked");
		}
		return back(shopId, shown);
	}

	private static String back(long shopId, YearMonth month) {
		return "redirect:/shops/" + shopId + "/appraisals?month=" + month;
	}

	private static YearMonth pageMonth(String month) {
		try {
			return AppraisalApi.monthOf(month);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
