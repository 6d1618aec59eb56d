package io.kefu.shop.web;

import io.kefu.access.Caller;
import io.kefu.shop.InvalidKnowledgeException;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.Shops;

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
 * The store's policies (店铺知识 · 店铺政策: 七天无理由退换, 发票 …) with the default courier and cut-off
 * beside them; supervisors and the owner edit them.
 */
@Controller
@RequestMapping("/shops/{shopId}/knowledge/policies")
class PolicyPages {

	static final String FORM = "knowledge/policies-form";

	private final Shops shops;

	private final ShopKnowledge knowledge;

	PolicyPages(Shops shops, ShopKnowledge knowledge) {
		this.shops = shops;
		this.knowledge = knowledge;
	}

	@GetMapping
	String policies(@PathVariable long shopId, Caller caller, Model model) {
		KnowledgeRoles.requireReader(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		model.addAttribute("policies", knowledge.policies(shop));
		model.addAttribute("setting", knowledge.courierSetting(shop).orElse(null));
		model.addAttribute("edits", KnowledgeRoles.edits(caller));
		model.addAttribute("section", "policies");
		return "knowledge/policies";
	}

	@GetMapping("/edit")
	String edit(@PathVariable long shopId, Caller caller, Model model) {
		KnowledgeRoles.requireEditor(caller, shopId);
		model.addAttribute("form", PolicyForm.of(knowledge.policies(shops.get(ShopId.of(shopId)).id())));
		return FORM;
	}

	@PostMapping("/edit")
	String save(@PathVariable long shopId, Caller caller, @ModelAttribute("form") PolicyForm form,
			BindingResult binding, RedirectAttributes redirect) {
		KnowledgeRoles.requireEditor(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		try {
			knowledge.replacePolicies(shop, form.toPolicies());
		}
		catch (InvalidKnowledgeException ex) {
			KnowledgeForms.reject(binding, ex);
			return FORM;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/knowledge/policies";
	}

}
