package io.kefu.access.internal;

import jakarta.servlet.SessionCookieConfig;

import io.kefu.access.Accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every request passes before the security filter chains: the base URL
 * ({@link OnBaseUrl}) and the check of a signed-in session against its account
 * ({@link StaleSessions}); and the session cookie's flags: {@code HttpOnly},
 * {@code SameSite=Lax}, and {@code Secure} when the base URL is HTTPS (a server that ends
 * TLS itself marks it {@code Secure} anyway).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(BaseUrlProperties.class)
class SessionConfiguration {

	@Bean
	FilterRegistrationBean<OnBaseUrl> onBaseUrl(BaseUrlProperties properties) {
		FilterRegistrationBean<OnBaseUrl> registration = new FilterRegistrationBean<>(
				new OnBaseUrl(properties.parsed().orElse(null)));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<StaleSessions> staleSessions(Accounts accounts) {
		FilterRegistrationBean<StaleSessions> registration = new FilterRegistrationBean<>(new StaleSessions(accounts));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/**
	 * Tomcat answers a redirect to a path with a path, not with a URL it builds from the
	 * request's {@code Host} header (Boot turns that off by default).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> relativeRedirects() {
		return factory -> factory.addContextCustomizers(context -> context.setUseRelativeRedirects(true));
	}

	@Bean
	ServletContextInitializer sessionCookie(BaseUrlProperties properties) {
		boolean https = properties.parsed().map(BaseUrl::https).orElse(false);
		return servletContext -> flag(servletContext.getSessionCookieConfig(), https);
	}

	private static void flag(SessionCookieConfig cookie, boolean secure) {
		cookie.setHttpOnly(true);
		cookie.setAttribute("SameSite", "Lax");
		if (secure) {
			cookie.setSecure(true);
		}
	}

}
