package io.kefu.staff;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import io.kefu.database.ConnectedDatabase;
import io.kefu.database.DatabaseLocation;
import io.kefu.database.Databases;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V19 makes usernames one account whatever their case. A database from before it may hold
 * {@code Mei} and {@code mei}: the oldest keeps its name, the later one is renamed
 * {@code <name>-<id>} and still signs in; nothing is lost.
 */
class UsernameMigrationIntegrationTests {

	@Test
	void accountsThatDifferOnlyInCaseAreRenamedAllButTheOldest() throws Exception {
		ConnectedDatabase database = Databases.openScratch(serverLocation());
		migrate(database, "18");
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			sql.execute("""
					insert into agent (display_name, username, password_hash, roles) values
					('美', 'Mei', 'x', '{}'), ('美二', 'mei', 'y', '{}'), ('兰', 'lan', 'z', '{}'), ('美三', 'MEI', 'w', '{}')
					""");

			migrate(database, "19");

			Map<String, String> usernames = new LinkedHashMap<>();
			try (ResultSet rows = sql.executeQuery("select display_name, username, id from agent order by id")) {
				while (rows.next()) {
					usernames.put(rows.getString(1), rows.getString(2) + "#" + rows.getLong(3));
				}
			}
			assertThat(usernames.get("美")).startsWith("Mei#");
			assertThat(usernames.get("兰")).startsWith("lan#");
			assertThat(usernames.get("美二")).matches("mei-(\\d+)#\\1");
			assertThat(usernames.get("美三")).matches("MEI-(\\d+)#\\1");
			assertThatThrownBy(() -> sql.execute(
					"insert into agent (display_name, username, password_hash, roles) values ('x', 'LAN', 'p', '{}')"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("agent_username_lower_key");
		}
	}

	private static void migrate(ConnectedDatabase database, String version) throws IOException {
		Flyway.configure()
			.dataSource(database.url(), database.user(), database.password())
			.locations(flywayLocations())
			.target(version)
			.load()
			.migrate();
	}

	/** The application's own list, so that this test migrates what it migrates. */
	private static String[] flywayLocations() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			properties.load(reader);
		}
		return properties.getProperty("spring.flyway.locations").split(",");
	}

	private static Connection connect(ConnectedDatabase database) throws SQLException {
		return DriverManager.getConnection(database.url(), database.user(), database.password());
	}

	/**
	 * The server the other tests use: KEFU_DB_URL's, else an embedded one in a temporary
	 * directory.
	 */
	private static DatabaseLocation serverLocation() throws IOException {
		Map<String, String> env = new HashMap<>(System.getenv());
		if (!env.containsKey("KEFU_DB_URL")) {
			env.put("KEFU_DATA_DIR", Files.createTempDirectory("kefu-migration").toString());
		}
		return DatabaseLocation.fromEnvironment(env);
	}

}
