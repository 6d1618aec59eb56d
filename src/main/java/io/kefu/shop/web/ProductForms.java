package io.kefu.shop.web;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.kefu.access.Caller;
import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervisors add and revise products. The posted form becomes a {@link ProductDraft},
 * which is validated as a whole before anything is stored; an invalid draft is shown
 * again with each field's reason.
 */
@Controller
@RequestMapping("/shops/{shopId}/products")
class ProductForms {

	static final String VIEW = "products/form";

	private final Products products;

	private final Validator validator;

	ProductForms(Products products, Validator validator) {
		this.products = products;
		this.validator = validator;
	}

	@GetMapping("/new")
	String newProduct(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("form", ProductForm.blank());
		return VIEW;
	}

	@PostMapping("/new")
	String add(@PathVariable long shopId, Caller caller, @ModelAttribute("form") ProductForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		Optional<ProductDraft> draft = validDraft(form, binding, model);
		if (draft.isEmpty()) {
			return VIEW;
		}
		Product product = products.add(ShopId.of(shopId), draft.get());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/products/" + product.id();
	}

	@GetMapping("/{productId}/edit")
	String edit(@PathVariable long shopId, @PathVariable long productId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		Product product = ProductPages.productOf(products, shopId, productId);
		model.addAttribute("product", product);
		model.addAttribute("form", ProductForm.of(product.toDraft()));
		return VIEW;
	}

	@PostMapping("/{productId}/edit")
	String revise(@PathVariable long shopId, @PathVariable long productId, Caller caller,
			@ModelAttribute("form") ProductForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		Product product = ProductPages.productOf(products, shopId, productId);
		model.addAttribute("product", product);
		Optional<ProductDraft> draft = validDraft(form, binding, model);
		if (draft.isEmpty()) {
			return VIEW;
		}
		products.revise(product.id(), draft.get());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/products/" + productId;
	}

	/**
	 * Unparseable numbers are shown as typed; otherwise the form is rebuilt from the
	 * draft, so that the rows and the draft's validation paths line up.
	 */
	private Optional<ProductDraft> validDraft(ProductForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return Optional.empty();
		}
		ProductDraft draft = form.toDraft();
		Set<ConstraintViolation<ProductDraft>> violations = validator.validate(draft);
		if (violations.isEmpty()) {
			return Optional.of(draft);
		}
		ProductForm shown = ProductForm.of(draft);
		BindingResult errors = new BeanPropertyBindingResult(shown, "form");
		DraftViolations.addTo(errors, violations);
		model.addAttribute("form", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return Optional.empty();
	}

}
