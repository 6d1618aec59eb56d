package io.kefu.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The page Spring Security shows when a signed-in person may not do something. Security
 * forwards the refused request here with its original method, so a refused form POST
 * arrives as a POST; neither one writes.
 */
@Controller
class ErrorPages {

	@RequestMapping(path = "/error/403", method = { RequestMethod.GET, RequestMethod.POST })
	String forbidden(HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return "error/403";
	}

}
