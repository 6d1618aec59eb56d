package io.kefu.cli;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kefu without its web server and without the demo shop, on the database that
 * {@link DatabaseStartup} opened: what the tasks run in.
 */
final class HeadlessKefu {

	/** Tasks whose output is their summary: the start-up log would bury it. */
	private static final String[] QUIET = { "--kefu.demo.enabled=false", "--logging.level.root=WARN",
			"--spring.main.log-startup-info=false" };

	private HeadlessKefu() {
	}

	static ConfigurableApplicationContext quiet(KefuCommand kefu, Class<?>... moreSources) {
		return start(kefu, QUIET, moreSources);
	}

	/** With the start-up log, for a task that runs for minutes. */
	static ConfigurableApplicationContext logging(KefuCommand kefu) {
		return start(kefu, new String[] { "--kefu.demo.enabled=false" });
	}

	private static ConfigurableApplicationContext start(KefuCommand kefu, String[] arguments, Class<?>... moreSources) {
		SpringApplication application = new SpringApplication(kefu.application);
		application.addPrimarySources(List.of(moreSources));
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(arguments);
	}

}
