package io.kefu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form. Spring Security handles the POST; a failed attempt comes back with
 * {@code ?error} and the page never says whether the username or the password was wrong.
 */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
