package io.kefu.cli;

import java.io.PrintStream;
import java.util.Map;

import io.kefu.database.ConnectedDatabase;
import io.kefu.database.DatabaseLocation;
import io.kefu.database.DatabaseUnavailableException;
import io.kefu.database.Databases;

/**
 * Opens the database before Spring starts, so that a missing database is one clear line,
 * not a stack trace.
 */
final class DatabaseStartup {

	private DatabaseStartup() {
	}

	/**
	 * @return false, after printing why, when the database cannot be used
	 */
	static boolean open() {
		return open(System.getenv(), System.err);
	}

	static boolean open(Map<String, String> env, PrintStream err) {
		try {
			ConnectedDatabase database = Databases.open(DatabaseLocation.fromEnvironment(env));
			System.setProperty("spring.datasource.url", database.url());
			System.setProperty("spring.datasource.username", database.user());
			System.setProperty("spring.datasource.password", database.password());
			return true;
		}
		catch (DatabaseUnavailableException ex) {
			err.println(ex.getMessage());
			return false;
		}
	}

}
