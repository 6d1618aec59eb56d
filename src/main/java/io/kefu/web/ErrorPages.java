package io.kefu.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where every failure that no controller answered ends: the container sends its own
 * errors (a malformed address, a path nothing serves, a method a path does not take, a
 * failure outside the controllers) to {@code /error}. A call to {@code /api/**} gets a
 * problem detail like every other API answer; a person gets a friendly page. It replaces
 * Spring Boot's error controller, whose JSON and "Whitelabel" pages are neither.
 */
@Controller
@ConditionalOnWebApplication
class ErrorPages implements ErrorController {

	private final ErrorAttributes errors;

	private final JsonMapper json;

	ErrorPages(ErrorAttributes errors, JsonMapper json) {
		this.errors = errors;
		this.json = json;
	}

	/**
	 * The page Spring Security shows when a signed-in person may not do something.
	 * Security forwards the refused request here with its original method, so a refused
	 * form POST arrives as a POST; neither one writes.
	 */
	@RequestMapping(path = "/error/403", method = { RequestMethod.GET, RequestMethod.POST })
	String forbidden(HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return "error/403";
	}

	/** Answers whatever method the failed request had; nothing here writes. */
	@RequestMapping("/error")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RequestFailure failure = RequestFailure.of(request, errors.getError(new ServletWebRequest(request)));
		if (failure.ofApi()) {
			response.setStatus(failure.status());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), failure.problem());
			return null;
		}
		return new ModelAndView(failure.view(), Map.of("failure", failure), HttpStatus.valueOf(failure.status()));
	}

}
