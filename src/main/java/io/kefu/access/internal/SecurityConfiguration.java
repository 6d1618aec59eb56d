package io.kefu.access.internal;

import io.kefu.access.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * One filter chain for pages and API: pages sign in with a form, scripts send HTTP Basic
 * to {@code /api/**}. Every request but the sign-in page, static files and the health
 * check needs a signed-in account; what each role may do is checked on the controllers
 * themselves. Command-line tasks run without a web server and without this chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final RequestMatcher API = pathPattern("/api/**");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			// scripts that authenticate with a header are not exposed to cross-site
			// requests
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(problems::unauthorized, API)
				.defaultAccessDeniedHandlerFor(problems::forbidden, API)
				.defaultAccessDeniedHandlerFor(forbiddenPage(), AnyRequestMatcher.INSTANCE));
		return http.build();
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
