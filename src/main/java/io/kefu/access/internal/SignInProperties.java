package io.kefu.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins lock further attempts ({@code kefu.sign-in.*}).
 *
 * @param failuresPerUsername failed attempts for one username (whatever its case, and
 * whether or not the account exists) within {@code window} that lock it
 * @param failuresPerAddress failed attempts from one client address within {@code window}
 * that lock it
 * @param window how far back failures count
 * @param lockout how long a lock lasts
 */
@ConfigurationProperties("kefu.sign-in")
record SignInProperties(@DefaultValue("5") int failuresPerUsername, @DefaultValue("20") int failuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

	SignInProperties {
		if (failuresPerUsername < 1 || failuresPerAddress < 1) {
			throw new IllegalArgumentException("kefu.sign-in limits are at least 1");
		}
	}

}
