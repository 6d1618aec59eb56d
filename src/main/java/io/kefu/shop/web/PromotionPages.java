package io.kefu.shop.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.shop.InvalidKnowledgeException;
import io.kefu.shop.Promotion;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.Shops;
import io.kefu.shop.UnknownKnowledgeException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's promotions (店铺知识 · 活动): everyone reads the list with the script and the
 * auto-reply of each; supervisors and the owner add, revise and delete.
 */
@Controller
@RequestMapping("/shops/{shopId}/knowledge")
class PromotionPages {

	static final String FORM = "knowledge/promotion-form";

	private final Shops shops;

	private final ShopKnowledge knowledge;

	private final Clock clock;

	PromotionPages(Shops shops, ShopKnowledge knowledge, Clock clock) {
		this.shops = shops;
		this.knowledge = knowledge;
		this.clock = clock;
	}

	@GetMapping
	String knowledge(@PathVariable long shopId, Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		return "redirect:/shops/" + shopId + "/knowledge/promotions";
	}

	@GetMapping("/promotions")
	String list(@PathVariable long shopId, Caller caller, Model model) {
		KnowledgeRoles.requireReader(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		Instant now = clock.instant();
		List<PromotionView> all = knowledge.promotions(shop.id())
			.stream()
			.map(p -> PromotionView.of(shop, p, now))
			.toList();
		model.addAttribute("current", all.stream().filter(p -> !p.ended(now)).toList());
		List<PromotionView> ended = new java.util.ArrayList<>(all.stream().filter(p -> p.ended(now)).toList());
		java.util.Collections.reverse(ended);
		model.addAttribute("ended", ended);
		model.addAttribute("edits", KnowledgeRoles.edits(caller));
		model.addAttribute("section", "promotions");
		return "knowledge/promotions";
	}

	@GetMapping("/promotions/new")
	String newPromotion(@PathVariable long shopId, Caller caller, Model model) {
		KnowledgeRoles.requireEditor(caller, shopId);
		model.addAttribute("form", new PromotionForm());
		return FORM;
	}

	@PostMapping("/promotions/new")
	String add(@PathVariable long shopId, Caller caller, @ModelAttribute("form") PromotionForm form,
			BindingResult binding, RedirectAttributes redirect) {
		KnowledgeRoles.requireEditor(caller, shopId);
		try {
			knowledge.addPromotion(shops.get(ShopId.of(shopId)), form.toDraft());
		}
		catch (InvalidKnowledgeException ex) {
			KnowledgeForms.reject(binding, ex);
			return FORM;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/knowledge/promotions";
	}

	@GetMapping("/promotions/{promotionId}/edit")
	String edit(@PathVariable long shopId, @PathVariable long promotionId, Caller caller, Model model) {
		KnowledgeRoles.requireEditor(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		Promotion promotion = promotion(shop, promotionId);
		model.addAttribute("promotion", promotion);
		model.addAttribute("form", PromotionForm.of(PromotionView.of(shop, promotion, clock.instant())));
		return FORM;
	}

	@PostMapping("/promotions/{promotionId}/edit")
	String revise(@PathVariable long shopId, @PathVariable long promotionId, Caller caller,
			@ModelAttribute("form") PromotionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		KnowledgeRoles.requireEditor(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		model.addAttribute("promotion", promotion(shop, promotionId));
		try {
			knowledge.revisePromotion(shop, promotionId, form.toDraft());
		}
		catch (InvalidKnowledgeException ex) {
			KnowledgeForms.reject(binding, ex);
			return FORM;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/knowledge/promotions";
	}

	@PostMapping("/promotions/{promotionId}/delete")
	String delete(@PathVariable long shopId, @PathVariable long promotionId, Caller caller,
			RedirectAttributes redirect) {
		KnowledgeRoles.requireEditor(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		knowledge.removePromotion(shop.id(), promotion(shop, promotionId).id());
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/shops/" + shopId + "/knowledge/promotions";
	}

	private Promotion promotion(Shop shop, long promotionId) {
		return knowledge.promotion(shop.id(), promotionId)
			.orElseThrow(() -> new UnknownKnowledgeException("promotion", promotionId, shop.id()));
	}

}
