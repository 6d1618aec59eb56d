package io.kefu.web;

import java.time.Duration;

import io.kefu.demo.DemoAccounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form. Spring Security handles the POST; a failed attempt comes back with
 * {@code ?error} and the page never says whether the username or the password was wrong;
 * a locked one ({@code ?locked}) says to wait, the same for every username. While the
 * demo accounts' password is public, a banner says so.
 */
@Controller
class LoginPage {

	private final DemoAccounts demo;

	private final long lockoutMinutes;

	LoginPage(DemoAccounts demo, @Value("${kefu.sign-in.lockout:15m}") Duration lockout) {
		this.demo = demo;
		this.lockoutMinutes = Math.max(1, lockout.toMinutes());
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoPasswordPublic", demo.passwordIsPublic());
		model.addAttribute("lockoutMinutes", lockoutMinutes);
		return "login";
	}

}
