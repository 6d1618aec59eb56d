package io.kefu.staff.web;

import jakarta.servlet.http.HttpServletRequest;

import io.kefu.access.Accounts;
import io.kefu.access.Caller;
import io.kefu.access.Callers;
import io.kefu.access.KefuUser;
import io.kefu.access.SignInLockedException;
import io.kefu.staff.AgentId;
import io.kefu.staff.PasswordRejectedException;
import io.kefu.staff.Passwords;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone changes their own password here; an account whose password someone else set is
 * sent here first and may go nowhere else until it has.
 */
@Controller
class PasswordPage {

	static final String VIEW = "me/password";

	private final Passwords passwords;

	private final Accounts accounts;

	PasswordPage(Passwords passwords, Accounts accounts) {
		this.passwords = passwords;
		this.accounts = accounts;
	}

	@ModelAttribute("mustChange")
	boolean mustChange(Caller caller) {
		return accounts.find(caller.agentId()).map(KefuUser::mustChangePassword).orElse(false);
	}

	@GetMapping("/me/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return VIEW;
	}

	@PostMapping("/me/password")
	String change(Caller caller, @ModelAttribute("form") PasswordForm form, BindingResult binding,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!form.getNewPassword().equals(form.getRepeated())) {
			binding.rejectValue("repeated", "me.password.mismatch");
			return VIEW;
		}
		try {
			passwords.change(AgentId.of(caller.agentId()), form.getCurrentPassword(), form.getNewPassword(),
					request.getRemoteAddr());
		}
		catch (PasswordRejectedException ex) {
			binding.rejectValue(ex.field(), "password.rejected." + ex.reason().name());
			return VIEW;
		}
		catch (SignInLockedException ex) {
			binding.reject("login.locked", new Object[] { Math.max(1, ex.retryAfter().toMinutes()) }, null);
			return VIEW;
		}
		accounts.find(caller.agentId()).ifPresent(user -> Callers.renew(user, request));
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/";
	}

}
