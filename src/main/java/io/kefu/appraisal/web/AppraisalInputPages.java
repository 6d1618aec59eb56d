package io.kefu.appraisal.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.appraisal.AppraisalStateException;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.MonthStatus;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's form for what the month's data does not hold: the commission rate, the
 * bonus amount and each agent's target, pay, typing test and hand-recorded ratings and
 * reviews. It saves through the same {@link InputsBody} as the API; a month that is not
 * open shows them read-only.
 */
@Controller
class AppraisalInputPages {

	private static final String PATH = "/shops/{shopId}/appraisals/{month}/inputs";

	private final Appraisals appraisals;

	private final Shops shops;

	private final Staff staff;

	private final Validator validator;

	AppraisalInputPages(Appraisals appraisals, Shops shops, Staff staff, Validator validator) {
		this.appraisals = appraisals;
		this.shops = shops;
		this.staff = staff;
		this.validator = validator;
	}

	/**
	 * As many rows as the API takes agents ({@link InputsBody}), rather than the binder's
	 * 256.
	 */
	@InitBinder("form")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(1000);
	}

	/** A row past that limit is no form this page sent: a plain 400, not a failure. */
	@ExceptionHandler(InvalidPropertyException.class)
	void notThisForm(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@GetMapping(PATH)
	String form(@PathVariable long shopId, @PathVariable String month, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth shown = AppraisalPages.pageMonth(month);
		List<Agent> appraised = appraised(shop);
		return show(shop, shown, InputsForm.of(appraisals.inputs(shop, shown), appraised), new RefusedInputs(),
				appraised, model);
	}

	@PostMapping(PATH)
	String save(@PathVariable long shopId, @PathVariable String month, @ModelAttribute("form") InputsForm form,
			Caller caller, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth shown = AppraisalPages.pageMonth(month);
		if (appraisals.status(shop, shown) != MonthStatus.OPEN) {
			return locked(shopId, shown, redirect);
		}
		RefusedInputs refused = new RefusedInputs();
		InputsBody body = form.toBody(refused);
		validator.validate(body).forEach(refused::refuse);
		if (refused.isEmpty()) {
			try {
				appraisals.changeInputs(shop, shown, body.over(appraisals.inputs(shop, shown), staff.inShop(shop)));
				redirect.addFlashAttribute("done", "appraisal.inputs.saved");
				return back(shopId, shown);
			}
			catch (InputsBody.UnknownAgent ex) {
				refused.refuse(ex.index(), "agent");
			}
			catch (AppraisalStateException ex) {
				return locked(shopId, shown, redirect);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(shop, shown, form, refused, appraised(shop), model);
	}

	/**
	 * Nothing typed can be kept in a locked month: the page shows the stored inputs,
	 * read-only, and why.
	 */
	private static String locked(long shopId, YearMonth month, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", "appraisal.locked");
		return back(shopId, month);
	}

	private static String back(long shopId, YearMonth month) {
		return "redirect:/shops/" + shopId + "/appraisals/" + month + "/inputs";
	}

	private String show(ShopId shop, YearMonth month, InputsForm form, RefusedInputs refused, List<Agent> appraised,
			Model model) {
		Map<String, Agent> byUsername = appraised.stream()
			.collect(Collectors.toMap(Agent::username, Function.identity(), (a, b) -> a));
		model.addAttribute("month", month);
		MonthStatus status = appraisals.status(shop, month);
		model.addAttribute("status", status);
		model.addAttribute("open", status == MonthStatus.OPEN);
		model.addAttribute("form", form);
		model.addAttribute("columns", InputsForm.COLUMNS);
		model.addAttribute("appraised", byUsername);
		model.addAttribute("refused", refused);
		model.addAttribute("refusals",
				refused.all()
					.stream()
					.map(refusal -> new NamedRefusal(
							refusal.row() == InputsForm.MONTH ? null : nameOf(form, refusal.row(), byUsername),
							refusal.field()))
					.toList());
		return "appraisal/inputs";
	}

	/**
	 * Every agent the month appraises that a supervisor can name: a skill group and a
	 * username.
	 */
	private List<Agent> appraised(ShopId shop) {
		return staff.inShop(shop)
			.stream()
			.filter(agent -> agent.skillGroup() != null && agent.username() != null)
			.toList();
	}

	private static String nameOf(InputsForm form, int row, Map<String, Agent> byUsername) {
		String username = row < form.getAgents().size() ? form.getAgents().get(row).getAgent() : "";
		Agent agent = byUsername.get(username);
		return agent == null ? username : agent.displayName();
	}

	/**
	 * A refused value as the page names it: the agent's name (none for the month's own)
	 * and field.
	 */
	record NamedRefusal(@Nullable String agent, String field) {
	}

}
