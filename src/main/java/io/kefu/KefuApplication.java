package io.kefu;

import io.kefu.cli.Launcher;

import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.modulith.Modulithic;

/**
 * Kefu: one jar that serves the web application and runs the command-line tasks
 * ({@code io.kefu.cli}). The component scan is {@code @SpringBootApplication}'s (a
 * {@code @ComponentScan} declared here replaces it) less {@code io.kefu.bench}: the
 * benchmarks are tools around the server, never beans of it.
 */
@SpringBootApplication
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.kefu\\.bench\\..*") })
@Modulithic(systemName = "Kefu", sharedModules = { "database", "time" })
public class KefuApplication {

	public static void main(String[] args) {
		Launcher.run(KefuApplication.class, args);
	}

}
