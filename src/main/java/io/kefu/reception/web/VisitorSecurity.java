package io.kefu.reception.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.kefu.access.PageHeaders;
import io.kefu.reception.InvalidVisitorTokenException;
import io.kefu.reception.Visitor;
import io.kefu.reception.VisitorChat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The buyer's side needs no account: the chat page, its embed script, the STOMP endpoint
 * and the visitor API are open, and the visitor API authenticates the buyer by the signed
 * token sent as {@code Authorization: Bearer}. This chain comes before the one for staff
 * (io.kefu.access) and covers only these paths. Agents reach {@code /ws} with their
 * signed-in session (or HTTP Basic from scripts); who may do what over STOMP is checked
 * frame by frame ({@link StompAccess}). The chat page may be framed by any shop site,
 * since embedding it is its purpose; it holds nothing but the buyer's own chat.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class VisitorSecurity {

	static final String VISITOR_ROLE = "VISITOR";

	@Bean
	@Order(1)
	SecurityFilterChain visitorFilterChain(HttpSecurity http, VisitorChat chat, JsonMapper json) throws Exception {
		http.securityMatcher("/chat/**", "/ws", "/ws/**", "/api/v1/visitor/**", "/api/v1/shops/*/visitor-sessions")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/visitor/**")
				.hasRole(VISITOR_ROLE)
				.anyRequest()
				.permitAll())
			.addFilterBefore(new BearerVisitor(chat, json), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, ex) -> unauthorized(response, json, "Send the visitor token as a Bearer")))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
					(request, response, ex) -> unauthorized(response, json, "Send the visitor token as a Bearer")))
			// tokens travel in a header, never in a cookie, so no cross-site request can
			// use them
			.csrf(csrf -> csrf.disable())
			.headers(PageHeaders.embeddable());
		return http.build();
	}

	/**
	 * Problem details for whatever refuses a visitor API call ({@link VisitorProblems}),
	 * around Spring Security's filters.
	 */
	@Bean
	FilterRegistrationBean<VisitorProblems> visitorProblems(JsonMapper json) {
		FilterRegistrationBean<VisitorProblems> registration = new FilterRegistrationBean<>(new VisitorProblems(json));
		registration.addUrlPatterns("/api/v1/visitor/*", "/api/v1/shops/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	static void unauthorized(HttpServletResponse response, JsonMapper json, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Kefu chat\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/** Reads the Bearer token of the visitor API; a bad one is answered with 401 here. */
	static final class BearerVisitor extends OncePerRequestFilter {

		private final VisitorChat chat;

		private final JsonMapper json;

		BearerVisitor(VisitorChat chat, JsonMapper json) {
			this.chat = chat;
			this.json = json;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/visitor/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				try {
					Visitor visitor = chat.verify(header.substring(7).strip());
					// a context of its own: the one held now may be a signed-in agent's,
					// kept in
					// their session, and the buyer's page in the same browser must not
					// replace it
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(visitor, null,
							List.of(new SimpleGrantedAuthority("ROLE_" + VISITOR_ROLE))));
					SecurityContextHolder.setContext(context);
				}
				catch (InvalidVisitorTokenException ex) {
					unauthorized(response, json, ex.getMessage());
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

}
