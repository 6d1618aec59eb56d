package io.kefu.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.kefu.support.KefuProcess;
import io.kefu.support.KefuProcess.Exit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The embedded PostgreSQL of a real installation: {@code target/kefu.jar} started on a
 * new data directory (and, in one test, on one of an earlier version), checked from
 * outside through its API and through JDBC with the passwords it keeps in its data
 * directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseIntegrationTests {

	private Path home;

	private KefuProcess kefu;

	@BeforeAll
	void startKefuOnANewDataDirectory() {
		home = KefuProcess.newHome();
		kefu = KefuProcess.start(home);
	}

	@AfterAll
	void stopKefu() {
		KefuProcess.discard(kefu, home);
	}

	@Test
	void kefusOwnConnectionWritesDurably() throws SQLException {
		try (Connection connection = kefu.connectAsKefu()) {
			assertThat(show(connection, "fsync")).isEqualTo("on");
			assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(show(connection, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void kefuConnectsAsARoleThatOwnsItsDatabaseAndNothingMore() throws SQLException {
		try (Connection connection = kefu.connectAsKefu()) {
			assertThat(query(connection, "select current_user, current_database()")).containsExactly("kefu", "kefu");
			assertThat(query(connection,
					"select rolsuper::text, rolcreaterole::text, rolcreatedb::text from pg_roles where rolname = current_user"))
				.containsExactly("false", "false", "false");
			assertThat(query(connection,
					"select count(*)::text from pg_tables where schemaname = 'public' and tableowner = 'kefu'"))
				.isNotEqualTo(List.of("0"));
			assertThatThrownBy(() -> execute(connection, "copy (select 1) to program 'true'"))
				.hasMessageContaining("permission denied");
			// the roles' password hashes are the superuser's
			assertThatThrownBy(() -> execute(connection, "select rolpassword from pg_authid"))
				.hasMessageContaining("permission denied");
		}
		assertThatThrownBy(() -> connect("postgres", "kefu", password("kefu.password")))
			.hasMessageContaining("permission denied for database");
	}

	@Test
	void everyConnectionNeedsItsPassword() throws IOException, SQLException {
		assertThatThrownBy(() -> connect("kefu", "kefu", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> connect("postgres", "postgres", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> connect("postgres", "postgres", "wrong-password"))
			.hasMessageContaining("password authentication failed");
		try (Connection superuser = connect("postgres", "postgres", password("postgres.password"))) {
			assertThat(query(superuser, "select rolsuper::text from pg_roles where rolname = current_user"))
				.containsExactly("true");
		}
		assertThat(authenticationMethods(kefu.dataDir())).containsOnly("scram-sha-256");
	}

	@Test
	void thePasswordsTheServerLogAndTheBinariesAreTheOwnersOnly() throws IOException {
		for (String file : List.of("kefu.password", "postgres.password", "postgres.log")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kefu.dataDir().resolve(file))))
				.as(file)
				.isEqualTo("rw-------");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kefu.dataDir().resolve("pg-binaries"))))
			.isEqualTo("rwx------");
	}

	@Test
	void aSecondKefuOnTheSameDataDirectorySaysSoInOneLineAndLeavesTheFirstAlone() {
		Exit second = KefuProcess.runToExit(home, KefuProcess.freePort());

		assertThat(second.code()).isEqualTo(1);
		assertThat(second.output().strip().lines()).singleElement()
			.asString()
			.contains("another Kefu is running on this data directory");
		assertThat(kefu.admin().get("/api/v1/shops").status()).isEqualTo(200);
	}

	@Test
	void aWebPortInUseIsOneSentence() {
		Path otherHome = KefuProcess.newHome();
		try {
			Exit exit = KefuProcess.runToExit(otherHome, kefu.port());

			assertThat(exit.code()).isEqualTo(1);
			assertThat(exit.output().strip()).isEqualTo("Kefu could not serve on port " + kefu.port()
					+ ": another program is already listening " + "there. Stop it, or set KEFU_PORT to a free port.");
		}
		finally {
			KefuProcess.discard(null, otherHome);
		}
	}

	@Test
	void aDataDirectoryOfTheEarlierVersionIsUpgradedToPasswordsWithNothingLost() throws Exception {
		assumeThat(EarlierVersionDataDirectory.available()).as("PostgreSQL binaries for this machine").isTrue();
		Path earlierHome = KefuProcess.newHome();
		KefuProcess upgraded = null;
		try {
			EarlierVersionDataDirectory.create(earlierHome, "升级前的店");

			upgraded = KefuProcess.start(earlierHome);

			assertThat(upgraded.lastOutput()).contains("Upgraded the embedded PostgreSQL in " + upgraded.dataDir());
			assertThat(upgraded.admin().get("/api/v1/shops").body()).contains("升级前的店");
			assertThat(authenticationMethods(upgraded.dataDir())).containsOnly("scram-sha-256");
			try (Connection connection = upgraded.connectAsKefu()) {
				assertThat(query(connection, "select rolsuper::text from pg_roles where rolname = current_user"))
					.containsExactly("false");
				assertThat(query(connection, "select string_agg(distinct pg_get_userbyid(relowner), ',') from pg_class "
						+ "where relnamespace = 'public'::regnamespace"))
					.containsExactly("kefu");
				assertThat(query(connection, "select count(*)::text from shop where name = '升级前的店'"))
					.containsExactly("1");
				assertThat(show(connection, "fsync")).isEqualTo("on");
				assertThatThrownBy(() -> execute(connection, "copy (select 1) to program 'true'"))
					.hasMessageContaining("permission denied");
			}
			String serverUrl = KefuProcess.databaseUrl(upgraded.dataDir(), "postgres");
			assertThatThrownBy(() -> DriverManager.getConnection(serverUrl, "postgres", ""))
				.isInstanceOf(SQLException.class);
			assertThat(PosixFilePermissions
				.toString(Files.getPosixFilePermissions(upgraded.dataDir().resolve("postgres.password"))))
				.isEqualTo("rw-------");
		}
		finally {
			KefuProcess.discard(upgraded, earlierHome);
		}
	}

	private Connection connect(String database, String user, String password) throws SQLException {
		return DriverManager.getConnection(KefuProcess.databaseUrl(kefu.dataDir(), database), user, password);
	}

	private String password(String file) throws IOException {
		return Files.readString(kefu.dataDir().resolve(file)).strip();
	}

	private static List<String> authenticationMethods(Path dataDir) throws IOException {
		return Files.readAllLines(dataDir.resolve("postgres/pg_hba.conf"))
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(line -> line.substring(line.lastIndexOf(' ') + 1))
			.toList();
	}

	private static String show(Connection connection, String setting) throws SQLException {
		return query(connection, "show " + setting).get(0);
	}

	private static List<String> query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			List<String> row = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.add(rs.getString(i));
			}
			return row;
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
