package io.kefu.shop.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.shop.CourierSetting;
import io.kefu.shop.InvalidKnowledgeException;
import io.kefu.shop.Provinces;
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
 * Couriers and the shipping cut-off (店铺知识 · 快递): which courier reaches which province,
 * read by everyone; set by supervisors and the owner.
 */
@Controller
@RequestMapping("/shops/{shopId}/knowledge/couriers")
class CourierPages {

	static final String FORM = "knowledge/couriers-form";

	private final Shops shops;

	private final ShopKnowledge knowledge;

	CourierPages(Shops shops, ShopKnowledge knowledge) {
		this.shops = shops;
		this.knowledge = knowledge;
	}

	@GetMapping
	String couriers(@PathVariable long shopId, Caller caller, Model model) {
		KnowledgeRoles.requireReader(caller, shopId);
		CourierSetting setting = knowledge.courierSetting(shops.get(ShopId.of(shopId)).id()).orElse(null);
		model.addAttribute("setting", setting);
		model.addAttribute("provinces", Provinces.ALL);
		model.addAttribute("couriers", setting == null ? List.of() : setting.couriers());
		model.addAttribute("edits", KnowledgeRoles.edits(caller));
		model.addAttribute("section", "couriers");
		return "knowledge/couriers";
	}

	@GetMapping("/edit")
	String edit(@PathVariable long shopId, Caller caller, Model model) {
		KnowledgeRoles.requireEditor(caller, shopId);
		model.addAttribute("form",
				CourierForm.of(knowledge.courierSetting(shops.get(ShopId.of(shopId)).id()).orElse(null)));
		return FORM;
	}

	@PostMapping("/edit")
	String save(@PathVariable long shopId, Caller caller, @ModelAttribute("form") CourierForm form,
			BindingResult binding, RedirectAttributes redirect) {
		KnowledgeRoles.requireEditor(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		try {
			knowledge.setCourierSetting(shop, form.toSetting());
		}
		catch (InvalidKnowledgeException ex) {
			KnowledgeForms.reject(binding, ex);
			form.withBlankRows();
			return FORM;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/knowledge/couriers";
	}

}
