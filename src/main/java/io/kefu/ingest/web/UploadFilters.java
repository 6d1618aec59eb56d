package io.kefu.ingest.web;

import io.kefu.ingest.ImportJobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** Puts {@link UploadSizeLimit} in front of Spring Security's filters. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UploadFilters {

	@Bean
	FilterRegistrationBean<UploadSizeLimit> uploadSizeLimit(ImportJobs jobs, MessageSource messages, JsonMapper json) {
		FilterRegistrationBean<UploadSizeLimit> registration = new FilterRegistrationBean<>(
				new UploadSizeLimit(jobs, messages, json));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
