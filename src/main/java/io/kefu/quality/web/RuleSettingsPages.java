package io.kefu.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.kefu.access.Caller;
import io.kefu.quality.InspectionRules;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Inspections;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's rule settings (质检规则): each rule on or off, its severity, weight and
 * word lists, all saved by one form (a rule reset on its own), and a period inspected
 * again with them. Plain form posts: a save redirects back with the rules it changed; a
 * refused one changes nothing and shows the page again (400) with what was typed and the
 * wrong fields named.
 */
@Controller
class RuleSettingsPages {

	static final String VIEW = "quality/rules";

	private final InspectionRules rules;

	private final Inspections inspections;

	private final Shops shops;

	private final Clock clock;

	RuleSettingsPages(InspectionRules rules, Inspections inspections, Shops shops, Clock clock) {
		this.rules = rules;
		this.inspections = inspections;
		this.shops = shops;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/quality/rules")
	String page(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		return show(shopId, cards(rules.of(ShopId.of(shopId))), lastWeek(shopId), model);
	}

	@PostMapping("/shops/{shopId}/quality/rules")
	String save(@PathVariable long shopId, @RequestParam MultiValueMap<String, String> params, Caller caller,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		InspectionSettings current = rules.of(ShopId.of(shopId));
		RulesForm form = RulesForm.of(params);
		Map<Rule, RuleSettings> changed = new EnumMap<>(Rule.class);
		Map<Rule, List<RuleProblem>> problems = new EnumMap<>(Rule.class);
		form.rules().forEach((rule, ruleForm) -> {
			try {
				RuleSettings settings = ruleForm.settings(current.rule(rule));
				if (!settings.equals(current.rule(rule))) {
					changed.put(rule, settings);
				}
			}
			catch (InvalidRuleSettings ex) {
				problems.put(rule, ex.problems());
			}
		});
		if (!problems.isEmpty()) {
			List<RuleCard> cards = Arrays.stream(Rule.values())
				.map(rule -> form.rules().containsKey(rule) ? RuleCard.typed(rule, current.rule(rule),
						form.rules().get(rule), problems.getOrDefault(rule, List.of()))
						: RuleCard.of(rule, current.rule(rule)))
				.toList();
			model.addAttribute("refusedRules", problems.keySet());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(shopId, cards, lastWeek(shopId), model);
		}
		rules.change(ShopId.of(shopId), changed, AgentId.of(caller.agentId()));
		redirect.addFlashAttribute("savedRules", List.copyOf(changed.keySet()));
		return "redirect:/shops/" + shopId + "/quality/rules";
	}

	@PostMapping("/shops/{shopId}/quality/rules/{rule}/reset")
	String reset(@PathVariable long shopId, @PathVariable("rule") String name, Caller caller,
			RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		Rule rule = UnknownRuleException.rule(name);
		rules.reset(ShopId.of(shopId), rule, AgentId.of(caller.agentId()));
		redirect.addFlashAttribute("resetRule", rule);
		return "redirect:/shops/" + shopId + "/quality/rules";
	}

	@PostMapping("/shops/{shopId}/quality/rerun")
	String rerun(@PathVariable long shopId, RerunForm form, Caller caller, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		String problem = form.problem();
		if (problem != null) {
			model.addAttribute("rerunProblem", problem);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(shopId, cards(rules.of(ShopId.of(shopId))), form, model);
		}
		inspections.inspectAgain(ShopId.of(shopId), form.first(), form.last());
		redirect.addFlashAttribute("rerunFrom", form.first());
		redirect.addFlashAttribute("rerunTo", form.last());
		return "redirect:/shops/" + shopId + "/quality/rules#rerun";
	}

	private String show(long shopId, List<RuleCard> cards, RerunForm rerun, Model model) {
		model.addAttribute("sections", RuleSection.of(cards));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("version", rules.version(ShopId.of(shopId)));
		model.addAttribute("rerun", rerun);
		return VIEW;
	}

	private static List<RuleCard> cards(InspectionSettings settings) {
		return Arrays.stream(Rule.values()).map(rule -> RuleCard.of(rule, settings.rule(rule))).toList();
	}

	private RerunForm lastWeek(long shopId) {
		LocalDate today = shops.get(ShopId.of(shopId)).businessDay(clock.instant());
		return RerunForm.lastWeek(today);
	}

}
