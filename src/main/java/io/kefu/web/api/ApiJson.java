package io.kefu.web.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the API reads and writes: Spring Boot's mapper, with request bodies checked
 * for control characters ({@link ControlCharacterGuard}). Declared as the converter,
 * which Boot then leaves out, rather than added to Boot's mapper, which also reads stored
 * JSON that must not be refused.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

	@Bean
	JacksonJsonHttpMessageConverter apiJsonConverter(JsonMapper json) {
		return new JacksonJsonHttpMessageConverter(json.rebuild().addModule(new ControlCharacterGuard()).build());
	}

}
