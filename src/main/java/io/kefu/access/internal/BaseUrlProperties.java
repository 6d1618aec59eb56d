package io.kefu.access.internal;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kefu.base-url} ({@code KEFU_BASE_URL}): where people reach Kefu. Unset, Kefu
 * answers redirects with a path only, which the browser resolves against the address it
 * used.
 */
@ConfigurationProperties("kefu")
record BaseUrlProperties(@DefaultValue("") String baseUrl) {

	BaseUrlProperties {
		BaseUrl.parse(baseUrl);
	}

	Optional<BaseUrl> parsed() {
		return BaseUrl.parse(baseUrl);
	}

}
