package io.kefu.analytics.web;

import io.kefu.access.Caller;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.order.Flag;
import io.kefu.shop.ShopId;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A supervisor sets how the shop's figures are computed and what each agent should reach.
 */
@Controller
class FigureSettingsPages {

	static final String VIEW = "figures/settings";

	private final Figures figures;

	FigureSettingsPages(Figures figures) {
		this.figures = figures;
	}

	@ModelAttribute
	void addChoices(Model model) {
		model.addAttribute("rules", JudgeRule.values());
		model.addAttribute("flags", Flag.values());
	}

	@GetMapping("/shops/{shopId}/figures/settings")
	String form(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("form", FigureSettingsForm.of(figures.settings(ShopId.of(shopId))));
		return VIEW;
	}

	@PostMapping("/shops/{shopId}/figures/settings")
	String save(@PathVariable long shopId, Caller caller, @Valid @ModelAttribute("form") FigureSettingsForm form,
			BindingResult binding, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			figures.changeSettings(ShopId.of(shopId), form.toSettings());
		}
		catch (IllegalArgumentException ex) {
			binding.rejectValue("serviceEnd", "figures.settings.window");
			return VIEW;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/figures/settings";
	}

}
