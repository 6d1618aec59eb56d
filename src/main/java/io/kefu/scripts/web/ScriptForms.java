package io.kefu.scripts.web;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.kefu.access.Caller;
import io.kefu.scripts.RejectedChangeException;
import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptId;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervisors add, revise and delete scripts. The posted form becomes a
 * {@link ScriptDraft}, validated as a whole before anything is stored; an invalid one is
 * shown again with each field's reason.
 */
@Controller
@RequestMapping("/shops/{shopId}/scripts")
class ScriptForms {

	static final String VIEW = "scripts/form";

	private final ScriptLibrary library;

	private final Validator validator;

	ScriptForms(ScriptLibrary library, Validator validator) {
		this.library = library;
		this.validator = validator;
	}

	@GetMapping("/new")
	String newScript(@PathVariable long shopId, @RequestParam(required = false) @Nullable Long group, Caller caller,
			Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("groups", library.groups(ShopId.of(shopId)));
		model.addAttribute("form", ScriptForm.blank(group));
		return VIEW;
	}

	@PostMapping("/new")
	String add(@PathVariable long shopId, Caller caller, @ModelAttribute("form") ScriptForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("groups", library.groups(ShopId.of(shopId)));
		Optional<ScriptDraft> draft = validDraft(form, binding, model);
		if (draft.isEmpty()) {
			return VIEW;
		}
		try {
			library.add(ShopId.of(shopId), draft.get());
		}
		catch (RejectedChangeException ex) {
			return rejected(ex, binding);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/scripts";
	}

	@GetMapping("/{scriptId}/edit")
	String edit(@PathVariable long shopId, @PathVariable long scriptId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		Script script = scriptOf(shopId, scriptId);
		model.addAttribute("script", script);
		model.addAttribute("groups", library.groups(ShopId.of(shopId)));
		model.addAttribute("form", ScriptForm.of(script));
		return VIEW;
	}

	@PostMapping("/{scriptId}/edit")
	String revise(@PathVariable long shopId, @PathVariable long scriptId, Caller caller,
			@ModelAttribute("form") ScriptForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		Script script = scriptOf(shopId, scriptId);
		model.addAttribute("script", script);
		model.addAttribute("groups", library.groups(ShopId.of(shopId)));
		Optional<ScriptDraft> draft = validDraft(form, binding, model);
		if (draft.isEmpty()) {
			return VIEW;
		}
		try {
			library.revise(ShopId.of(shopId), script.id(), draft.get());
		}
		catch (RejectedChangeException ex) {
			return rejected(ex, binding);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/scripts";
	}

	@PostMapping("/{scriptId}/delete")
	String remove(@PathVariable long shopId, @PathVariable long scriptId, Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		library.remove(ShopId.of(shopId), scriptOf(shopId, scriptId).id());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/scripts";
	}

	/** A script of another shop is as unknown as one that does not exist. */
	private Script scriptOf(long shopId, long scriptId) {
		return (scriptId > 0 ? library.find(ShopId.of(shopId), ScriptId.of(scriptId)) : Optional.<Script>empty())
			.orElseThrow(() -> new ScriptPageNotFoundException(shopId, scriptId));
	}

	/**
	 * Unparseable group ids are shown as sent; otherwise the form is rebuilt from the
	 * draft, so that the variant boxes and the draft's validation paths line up.
	 */
	private Optional<ScriptDraft> validDraft(ScriptForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return Optional.empty();
		}
		ScriptDraft draft = form.toDraft();
		Set<ConstraintViolation<ScriptDraft>> violations = validator.validate(draft);
		if (violations.isEmpty()) {
			return Optional.of(draft);
		}
		ScriptForm shown = ScriptForm.of(draft);
		BindingResult errors = new BeanPropertyBindingResult(shown, "form");
		for (ConstraintViolation<ScriptDraft> violation : violations) {
			errors.addError(new FieldError("form", formField(violation.getPropertyPath().toString()),
					violation.getInvalidValue(), false, null, null, violation.getMessage()));
		}
		model.addAttribute("form", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return Optional.empty();
	}

	/**
	 * The form has one box for all keywords; two equal variants are the variants' fault.
	 */
	static String formField(String path) {
		String field = InvalidBodyException.field(path);
		if (field.startsWith("keywords")) {
			return "keywords";
		}
		return field.equals("variantsDistinct") ? "variants" : field;
	}

	private static String rejected(RejectedChangeException ex, BindingResult binding) {
		binding.rejectValue(ex.field(), ex.messageCode(), ex.arguments(), ex.getMessage());
		return VIEW;
	}

}
