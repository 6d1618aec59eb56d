package io.kefu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Opens the database a {@link DatabaseLocation} names: starts the embedded PostgreSQL when needed and
 * checks that the server answers before the application builds anything on it.
 */
public final class Databases {

	private static EmbeddedPostgres embedded;

	private Databases() {
	}

	/** Connects to the location, starting the embedded server once per process when it is the one named. */
	public static synchronized ConnectedDatabase open(DatabaseLocation location) {
		ConnectedDatabase database = location.embedded() ? startEmbedded(location.dataDir())
				: new ConnectedDatabase(location.externalUrl().orElseThrow(), location.user(), location.password());
		checkReachable(database);
		return database;
	}

	/**
	 * Creates a new, empty database on the same server and returns it; tests use one per application context
	 * so that they never see each other's rows. Dropped when the process ends.
	 */
	public static ConnectedDatabase createScratch(ConnectedDatabase server) {
		String name = "kefu_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(server, "create database " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, name)));
		return new ConnectedDatabase(withDatabase(server.url(), name), server.user(), server.password());
	}

	static String withDatabase(String url, String name) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String params = query < 0 ? "" : url.substring(query);
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + name + params;
	}

	private static ConnectedDatabase startEmbedded(Path dataDir) {
		if (embedded == null) {
			refuseRoot(dataDir);
			embedded = launch(dataDir);
			Runtime.getRuntime().addShutdownHook(new Thread(Databases::stopEmbedded));
		}
		return new ConnectedDatabase(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
	}

	private static EmbeddedPostgres launch(Path dataDir) {
		try {
			Path pgData = dataDir.resolve("postgres");
			Files.createDirectories(pgData);
			return EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setOverrideWorkingDirectory(dataDir.resolve("pg-binaries").toFile())
				.start();
		}
		catch (IOException | IllegalStateException ex) {
			throw new DatabaseUnavailableException(
					"Kefu could not start its embedded PostgreSQL in " + dataDir + ": " + rootMessage(ex));
		}
	}

	// PostgreSQL itself refuses to run as root; say so instead of letting initdb fail obscurely.
	private static void refuseRoot(Path dataDir) {
		if ("root".equals(System.getProperty("user.name"))) {
			throw new DatabaseUnavailableException("Kefu could not start its embedded PostgreSQL in " + dataDir
					+ ": PostgreSQL refuses to run as root. Start Kefu as an ordinary user, "
					+ "or set KEFU_DB_URL to an external PostgreSQL.");
		}
	}

	private static void checkReachable(ConnectedDatabase database) {
		DriverManager.setLoginTimeout(10);
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
				database.password())) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(
					"Kefu could not connect to the database at " + database.url() + ": " + rootMessage(ex));
		}
	}

	private static void execute(ConnectedDatabase database, String sql) {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
				database.password())) {
			connection.createStatement().execute(sql);
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(
					"Kefu could not run '" + sql + "' at " + database.url() + ": " + rootMessage(ex));
		}
	}

	private static void dropQuietly(ConnectedDatabase server, String name) {
		try {
			execute(server, "drop database if exists " + name + " with (force)");
		}
		catch (DatabaseUnavailableException ignored) {
			// the server may already be gone at shutdown; a leftover scratch database harms nothing
		}
	}

	private static synchronized void stopEmbedded() {
		if (embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			embedded = null;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.strip().toLowerCase(Locale.ROOT).isEmpty()
				? cause.getClass().getSimpleName() : message.strip();
	}
}
