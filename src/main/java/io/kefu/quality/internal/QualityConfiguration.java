package io.kefu.quality.internal;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Inspector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inspector of the default rules, built once: its automaton is shared by every
 * request.
 */
@Configuration(proxyBeanMethods = false)
class QualityConfiguration {

	@Bean
	Inspector defaultInspector() {
		return Inspector.of(InspectionSettings.DEFAULTS);
	}

}
