package io.kefu.staff.web;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.DuplicateAgentException;
import io.kefu.staff.PasswordPolicy;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervisors hire agents and revise their roles, group and certification. */
@Controller
@RequestMapping("/shops/{shopId}/agents")
class AgentForms {

	static final String VIEW = "agents/form";

	private final Staff staff;

	private final Validator validator;

	AgentForms(Staff staff, Validator validator) {
		this.staff = staff;
		this.validator = validator;
	}

	@ModelAttribute
	void addChoices(Model model) {
		model.addAttribute("shopRoles", AgentPages.SHOP_ROLES);
		model.addAttribute("skillGroups", SkillGroup.values());
		model.addAttribute("certifications", Certification.values());
	}

	@GetMapping("/new")
	String newAgent(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		model.addAttribute("form", new AgentForm());
		return VIEW;
	}

	@PostMapping("/new")
	String hire(@PathVariable long shopId, Caller caller, @ModelAttribute("form") AgentForm form, BindingResult binding,
			RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		AgentDraft draft = form.toDraft();
		if (!validate(draft, caller, binding) || !checkCredentials(form, binding)) {
			return VIEW;
		}
		try {
			staff.hire(ShopId.of(shopId), draft, form.credentials());
		}
		catch (DuplicateAgentException ex) {
			if (ex.usernameTaken()) {
				binding.rejectValue("username", "agent.username.taken");
			}
			else {
				binding.rejectValue("nickname", "agent.taken");
			}
			return VIEW;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/agents";
	}

	@GetMapping("/{agentId}/edit")
	String edit(@PathVariable long shopId, @PathVariable long agentId, Caller caller, Model model) {
		caller.requireSupervisorOf(shopId);
		Agent agent = agentOf(shopId, agentId);
		model.addAttribute("agent", agent);
		model.addAttribute("form", AgentForm.of(agent));
		return VIEW;
	}

	@PostMapping("/{agentId}/edit")
	String revise(@PathVariable long shopId, @PathVariable long agentId, Caller caller,
			@ModelAttribute("form") AgentForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		Agent agent = agentOf(shopId, agentId);
		model.addAttribute("agent", agent);
		AgentDraft draft = form.toDraft();
		if (!validate(draft, caller, binding)) {
			return VIEW;
		}
		try {
			staff.revise(agent.id(), draft);
		}
		catch (DuplicateAgentException ex) {
			binding.rejectValue("nickname", "agent.taken");
			return VIEW;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/shops/" + shopId + "/agents";
	}

	/** An agent of another shop is as unknown as one that does not exist. */
	private Agent agentOf(long shopId, long agentId) {
		return (agentId > 0 ? staff.find(AgentId.of(agentId)) : Optional.<Agent>empty())
			.filter(agent -> agent.shopId() != null && agent.shopId().value() == shopId)
			.orElseThrow(() -> new AgentNotFoundException(shopId, agentId));
	}

	/**
	 * Bean validation of the draft; a supervisor may not hand out the administrator role
	 * by a forged post.
	 */
	private boolean validate(AgentDraft draft, Caller caller, BindingResult binding) {
		Set<ConstraintViolation<AgentDraft>> violations = validator.validate(draft);
		for (ConstraintViolation<AgentDraft> violation : violations) {
			String field = violation.getPropertyPath().toString();
			binding.addError(new FieldError("form", field, violation.getInvalidValue(), false, null, null,
					violation.getMessage()));
		}
		if (draft.roles().contains(Role.ADMIN) && !caller.isAdmin()) {
			binding.rejectValue("roles", "agent.roles.admin");
		}
		// the owner approves the supervisor's pay sheet: a supervisor does not make one
		if (draft.roles().contains(Role.OWNER) && !caller.isAdmin()) {
			binding.rejectValue("roles", "agent.roles.owner");
		}
		return !binding.hasErrors();
	}

	private static boolean checkCredentials(AgentForm form, BindingResult binding) {
		form.credentials()
			.flatMap(credentials -> PasswordPolicy.check(credentials.username(), credentials.password()))
			.ifPresent(reason -> binding.rejectValue("password", "password.rejected." + reason.name()));
		return !binding.hasErrors();
	}

}
