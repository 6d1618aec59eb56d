package io.kefu.web.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the API reads and writes: Spring Boot's mapper, with request bodies checked
 * for control characters ({@link ControlCharacterGuard}). It takes the place of Boot's
 * JSON converter, after Boot has configured the converters (so that it keeps that
 * converter's place, after those of byte arrays and strings), rather than being added to
 * Boot's mapper, which also reads stored JSON that must not be refused.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiJson implements WebMvcConfigurer {

	private final JsonMapper json;

	ApiJson(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.withJsonConverter(
				new JacksonJsonHttpMessageConverter(json.rebuild().addModule(new ControlCharacterGuard()).build()));
	}

}
