package io.kefu.scripts.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.ShopId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library as every agent of the shop reads it, by group or as search results, with a
 * box that shows the three scripts suggested for a buyer's message. Supervisors see the
 * links and forms that change it.
 */
@Controller
class ScriptPages {

	static final int SUGGESTIONS = 3;

	private final ScriptLibrary library;

	ScriptPages(ScriptLibrary library) {
		this.library = library;
	}

	@GetMapping("/shops/{shopId}/scripts")
	String list(@PathVariable long shopId, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String text, Caller caller, Model model) {
		caller.requireShop(shopId);
		List<ScriptGroup> groups = library.groups(ShopId.of(shopId));
		model.addAttribute("groups", groups);
		model.addAttribute("scriptCount", groups.stream().mapToInt(group -> group.scripts().size()).sum());
		model.addAttribute("q", q.strip());
		if (!q.isBlank()) {
			model.addAttribute("results", library.search(ShopId.of(shopId), q));
		}
		addSuggestions(shopId, text, model);
		return "scripts/list";
	}

	/** The suggestions box alone, which the page fetches with htmx. */
	@GetMapping("/shops/{shopId}/scripts/suggestions")
	String suggestions(@PathVariable long shopId, @RequestParam(defaultValue = "") String text, Caller caller,
			Model model) {
		caller.requireShop(shopId);
		addSuggestions(shopId, text, model);
		return "scripts/list :: suggestions";
	}

	private void addSuggestions(long shopId, String text, Model model) {
		model.addAttribute("text", text.strip());
		if (!text.isBlank()) {
			model.addAttribute("suggestions", library.suggest(ShopId.of(shopId), text, SUGGESTIONS));
		}
	}

}
