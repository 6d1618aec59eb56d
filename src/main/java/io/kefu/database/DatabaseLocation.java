package io.kefu.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which PostgreSQL Kefu uses, read from the environment: {@code KEFU_DB_URL},
 * {@code KEFU_DB_USER} and {@code KEFU_DB_PASSWORD} name an external server; without them
 * Kefu runs an embedded one whose data lives in {@code KEFU_DATA_DIR} (default
 * {@code ./data}).
 */
public record DatabaseLocation(Optional<String> externalUrl, String user, String password, Path dataDir) {

	public static DatabaseLocation fromEnvironment(Map<String, String> env) {
		Optional<String> url = Optional.ofNullable(blankToNull(env.get("KEFU_DB_URL")));
		String user = Optional.ofNullable(blankToNull(env.get("KEFU_DB_USER"))).orElse("postgres");
		String password = Optional.ofNullable(env.get("KEFU_DB_PASSWORD")).orElse("");
		Path dataDir = Path.of(Optional.ofNullable(blankToNull(env.get("KEFU_DATA_DIR"))).orElse("data"));
		return new DatabaseLocation(url, user, password, dataDir.toAbsolutePath().normalize());
	}

	public boolean embedded() {
		return externalUrl.isEmpty();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
