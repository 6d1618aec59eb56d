package io.kefu;

import io.kefu.cli.Launcher;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.modulith.Modulithic;

/**
 * Kefu: one jar that serves the web application and runs the command-line tasks
 * ({@code io.kefu.cli}). {@code @SpringBootApplication}'s component scan, less
 * {@code io.kefu.bench}: the benchmarks are tools around the server, never beans of it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.kefu\\.bench\\..*") })
@Modulithic(systemName = "Kefu", sharedModules = "database")
public class KefuApplication {

	public static void main(String[] args) {
		Launcher.run(KefuApplication.class, args);
	}

}
