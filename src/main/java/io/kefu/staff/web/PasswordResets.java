package io.kefu.staff.web;

import java.util.Optional;

import io.kefu.access.Caller;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Passwords;
import io.kefu.staff.Staff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator resets an agent's password from the agent's page, which then shows the
 * generated password once.
 */
@Controller
class PasswordResets {

	private final Staff staff;

	private final Passwords passwords;

	PasswordResets(Staff staff, Passwords passwords) {
		this.staff = staff;
		this.passwords = passwords;
	}

	@PostMapping("/shops/{shopId}/agents/{agentId}/password-reset")
	String reset(@PathVariable long shopId, @PathVariable long agentId, Caller caller, RedirectAttributes redirect) {
		if (!caller.isAdmin()) {
			throw new AccessDeniedException("Only an administrator resets passwords");
		}
		Agent agent = (agentId > 0 ? staff.find(AgentId.of(agentId)) : Optional.<Agent>empty())
			.filter(found -> found.shopId() != null && found.shopId().value() == shopId && found.username() != null)
			.orElseThrow(() -> new AgentNotFoundException(shopId, agentId));
		redirect.addFlashAttribute("resetUsername", agent.username());
		redirect.addFlashAttribute("resetPassword", passwords.reset(agent.id()));
		return "redirect:/shops/" + shopId + "/agents/" + agentId + "/edit";
	}

}
