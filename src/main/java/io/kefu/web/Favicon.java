package io.kefu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Browsers ask for /favicon.ico whatever a page links (a download, an error page): the
 * same picture as the pages' icon, rather than a 404 in the console.
 */
@Controller
class Favicon {

	@GetMapping("/favicon.ico")
	String favicon() {
		return "forward:/img/kefu.svg";
	}

}
