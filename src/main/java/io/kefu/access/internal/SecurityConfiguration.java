package io.kefu.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.kefu.access.PageHeaders;
import io.kefu.access.Role;
import io.kefu.access.SignInLockedException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Two filter chains for staff, after the buyer's ({@code VisitorSecurity}, reception).
 * The API ({@code /api/**}) takes HTTP Basic from scripts, statelessly: Basic never
 * creates or reads a session. The pages' own scripts call the API with the signed-in
 * session instead, and then send the CSRF token like any form. Pages sign in with a form;
 * every page POST needs the CSRF token whatever headers it carries, and a Basic header
 * signs nobody in there. What each role may do is checked on the controllers themselves;
 * the API docs are for administrators. Command-line tasks run without a web server and
 * without these chains. The reasoning is in docs/decisions.md, "Sign-in and sessions".
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final RequestMatcher API = pathPattern("/api/**");

	static final RequestMatcher STATIC_FILES = new OrRequestMatcher(pathPattern("/css/**"), pathPattern("/js/**"),
			pathPattern("/img/**"), pathPattern("/webjars/**"), pathPattern("/favicon.ico"));

	private static final RequestMatcher API_DOCS = new OrRequestMatcher(pathPattern("/v3/api-docs"),
			pathPattern("/v3/api-docs/**"), pathPattern("/v3/api-docs.yaml"), pathPattern("/swagger-ui.html"),
			pathPattern("/swagger-ui/**"));

	@Bean
	@Order(2)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher(API)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			.securityContext(context -> context.securityContextRepository(new SessionUnlessBasic()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			// a session's cookie travels by itself and needs the token; Basic calls are
			// guarded by BrowserRequests instead, and a call with neither signs nobody in
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					request -> BrowserRequests.carriesBasic(request) || request.getSession(false) == null))
			.addFilterBefore(new BrowserRequests(problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFirst(problems), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers(PageHeaders.staff());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(STATIC_FILES)
			.permitAll()
			.requestMatchers("/login", "/error", "/error/**", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers(API_DOCS)
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new PasswordChangeFirst(problems), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(forbiddenPage()))
			.headers(PageHeaders.staff());
		return http.build();
	}

	/**
	 * A locked sign-in says so in plain words, the same for every username; any other
	 * failure is the one "wrong username or password".
	 * @see AuthenticationFailureHandler
	 */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		response.sendRedirect(
				request.getContextPath() + (ex instanceof SignInLockedException ? "/login?locked" : "/login?error"));
	}

	private static AccessDeniedHandlerImpl forbiddenPage() {
		AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
		page.setErrorPage("/error/403");
		return page;
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		RoleHierarchyImpl.Builder builder = RoleHierarchyImpl.withDefaultRolePrefix();
		for (Role role : Role.values()) {
			if (role != Role.ADMIN) {
				builder.role(Role.ADMIN.name()).implies(role.name());
			}
		}
		return builder.build();
	}

}
