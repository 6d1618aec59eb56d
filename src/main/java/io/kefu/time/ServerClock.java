package io.kefu.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's clock, in UTC. Kefu stores and compares instants; a shop turns an instant
 * into its business day in its own time zone ({@code Shop.businessDay}), so no code may
 * read a zone off this clock. Tests that need a fixed time declare a {@code @Primary}
 * clock of their own.
 */
@Configuration(proxyBeanMethods = false)
class ServerClock {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
