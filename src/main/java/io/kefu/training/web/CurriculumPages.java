package io.kefu.training.web;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.quality.InspectionRules;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.Curriculum;
import io.kefu.training.CurriculumMarkdown;
import io.kefu.training.CurriculumPage;
import io.kefu.training.DefaultCurriculum;
import io.kefu.training.Etiquette;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The curriculum pages (培训资料): the index, and each page rendered from its Markdown; the
 * trainer and supervisors edit a page below it, with a preview before saving. The skills
 * page shows the shop's 禁用/善用 from its quality settings as they are now.
 */
@Controller
class CurriculumPages {

	static final String PATH = "/shops/{shopId}/training/curriculum";

	private final Curriculum curriculum;

	private final InspectionRules rules;

	private final Staff staff;

	private final Clock clock;

	CurriculumPages(Curriculum curriculum, InspectionRules rules, Staff staff, Clock clock) {
		this.curriculum = curriculum;
		this.rules = rules;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String index(@PathVariable long shopId, Caller caller, Model model) {
		CurriculumApi.requireReader(caller, shopId);
		model.addAttribute("pages", curriculum.of(ShopId.of(shopId)));
		model.addAttribute("trains", TrainingRoles.trains(caller, shopId));
		return "training/curriculum";
	}

	@GetMapping(PATH + "/{slug}")
	String page(@PathVariable long shopId, @PathVariable String slug, Caller caller, Model model) {
		CurriculumApi.requireReader(caller, shopId);
		CurriculumPage page = existing(shopId, slug);
		show(shopId, page, caller, model);
		return "training/curriculum-page";
	}

	/**
	 * Saves the page, or with {@code preview} shows the typed text rendered without
	 * saving; refused text comes back in the form with the field named.
	 */
	@PostMapping(PATH + "/{slug}")
	String edit(@PathVariable long shopId, @PathVariable String slug,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String preview, Caller caller, Model model,
			RedirectAttributes redirect) {
		CurriculumApi.requireReader(caller, shopId);
		CurriculumPage page = existing(shopId, slug);
		TrainingRoles.requireTrainer(caller, shopId);
		String typedTitle = title == null ? "" : title;
		String typedBody = body == null ? "" : body;
		try {
			CurriculumPage typed = page.edit(typedTitle, typedBody, AgentId.of(caller.agentId()), clock.instant());
			if (preview == null) {
				curriculum.edit(ShopId.of(shopId), slug, typed.title(), typed.body(), AgentId.of(caller.agentId()),
						clock.instant());
				redirect.addFlashAttribute("done", "curriculum.saved");
				return "redirect:/shops/" + shopId + "/training/curriculum/" + slug;
			}
			model.addAttribute("preview", CurriculumMarkdown.toHtml(typed.body()));
		}
		catch (IllegalArgumentException ex) {
			String field = ex.getMessage() != null && ex.getMessage().startsWith("title") ? "title" : "body";
			model.addAttribute("problem", "curriculum.invalid." + field);
		}
		show(shopId, page, caller, model);
		model.addAttribute("typedTitle", typedTitle);
		model.addAttribute("typedBody", typedBody);
		return "training/curriculum-page";
	}

	private void show(long shopId, CurriculumPage page, Caller caller, Model model) {
		Map<AgentId, Agent> agents = staff.inShop(ShopId.of(shopId))
			.stream()
			.collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
		model.addAttribute("page", page);
		model.addAttribute("html", CurriculumMarkdown.toHtml(page.body()));
		model.addAttribute("editedBy", page.editedBy() == null ? null : agents.get(page.editedBy()));
		model.addAttribute("trains", TrainingRoles.trains(caller, shopId));
		model.addAttribute("typedTitle", page.title());
		model.addAttribute("typedBody", page.body());
		if (page.slug().equals(DefaultCurriculum.ETIQUETTE_PAGE)) {
			model.addAttribute("etiquette", Etiquette.of(rules.of(ShopId.of(shopId))));
		}
	}

	private CurriculumPage existing(long shopId, String slug) {
		return curriculum.page(ShopId.of(shopId), slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No curriculum page " + slug));
	}

}
