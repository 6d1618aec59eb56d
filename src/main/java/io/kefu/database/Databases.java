package io.kefu.database;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;

/**
 * Opens the database a {@link DatabaseLocation} names: starts the embedded PostgreSQL
 * when needed and checks that the server answers before the application builds anything
 * on it.
 */
public final class Databases {

	private static final String SCRATCH_PREFIX = "kefu_test_";

	private static @Nullable EmbeddedServer embedded;

	private Databases() {
	}

	/**
	 * Connects to the location, starting the embedded server once per process when it is
	 * the one named.
	 */
	public static synchronized ConnectedDatabase open(DatabaseLocation location) {
		ConnectedDatabase database = location.embedded() ? startEmbedded(location.dataDir()).kefu()
				: new ConnectedDatabase(location.externalUrl().orElseThrow(), location.user(), location.password());
		checkReachable(database);
		return database;
	}

	/**
	 * Creates a new, empty database on the location's server and returns it; tests use
	 * one per application context so that they never see each other's rows. Scratch
	 * databases left by runs more than a few hours old are dropped here rather than at
	 * exit, where the application may still hold connections to them.
	 */
	public static synchronized ConnectedDatabase openScratch(DatabaseLocation location) {
		ConnectedDatabase server = open(location);
		dropStaleScratch(server);
		String name = SCRATCH_PREFIX + Instant.now().getEpochSecond() + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		if (location.embedded()) {
			// Kefu's role may not create databases; the superuser creates it for the role
			return startEmbedded(location.dataDir()).createScratch(name);
		}
		execute(server, "create database " + name);
		return new ConnectedDatabase(withDatabase(server.url(), name), server.user(), server.password());
	}

	private static void dropStaleScratch(ConnectedDatabase server) {
		long staleBefore = Instant.now().minus(Duration.ofHours(6)).getEpochSecond();
		for (String name : scratchDatabases(server)) {
			String[] parts = name.substring(SCRATCH_PREFIX.length()).split("_");
			if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < staleBefore) {
				execute(server, "drop database if exists " + name + " with (force)");
			}
		}
	}

	private static List<String> scratchDatabases(ConnectedDatabase server) {
		List<String> names = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
				ResultSet rs = connection.createStatement()
					.executeQuery("select datname from pg_database where datname like '" + SCRATCH_PREFIX + "%'")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(
					"Kefu could not list databases at " + server.url() + ": " + rootMessage(ex));
		}
		return names;
	}

	static String withDatabase(String url, String name) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String params = query < 0 ? "" : url.substring(query);
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + name + params;
	}

	private static EmbeddedServer startEmbedded(Path dataDir) {
		if (embedded == null) {
			try {
				embedded = EmbeddedServer.start(dataDir);
			}
			catch (UncheckedIOException ex) {
				// a data directory Kefu may not read or write, a full disk
				throw new DatabaseUnavailableException(
						"Kefu could not start its embedded PostgreSQL in " + dataDir + ": " + rootMessage(ex));
			}
			// Spring runs its shutdown handlers after it closed the application contexts,
			// so the server stops only when nothing needs a connection any more
			SpringApplication.getShutdownHandlers().add(Databases::stopEmbedded);
		}
		return embedded;
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

	private static synchronized void stopEmbedded() {
		if (embedded != null) {
			embedded.stop();
			embedded = null;
		}
	}

	static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof AccessDeniedException denied) {
			return "no permission to use " + denied.getFile();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.strip().toLowerCase(Locale.ROOT).isEmpty()
				? cause.getClass().getSimpleName() : message.strip();
	}

}
