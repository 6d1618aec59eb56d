package io.kefu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points Spring's data source at the database named by the environment, unless a data
 * source URL was given explicitly. With {@code kefu.database.scratch=true} (the tests)
 * every application context gets a new, empty database, on a throw-away embedded server
 * when no external one is named.
 */
class DatabaseEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		boolean scratch = environment.getProperty("kefu.database.scratch", Boolean.class, false);
		ConnectedDatabase database = scratch ? Databases.openScratch(scratchLocation())
				: Databases.open(DatabaseLocation.fromEnvironment(System.getenv()));
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.user());
		properties.put("spring.datasource.password", database.password());
		environment.getPropertySources().addFirst(new MapPropertySource("kefuDatabase", properties));
	}

	private static DatabaseLocation scratchLocation() {
		Map<String, String> env = new HashMap<>(System.getenv());
		if (!env.containsKey("KEFU_DB_URL")) {
			env.put("KEFU_DATA_DIR", temporaryDirectory());
		}
		return DatabaseLocation.fromEnvironment(env);
	}

	private static String temporaryDirectory() {
		try {
			return Files.createTempDirectory("kefu-test-db").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
