package io.kefu;

import io.kefu.database.ConnectedDatabase;
import io.kefu.database.DatabaseLocation;
import io.kefu.database.DatabaseUnavailableException;
import io.kefu.database.Databases;

/** Opens the database before Spring starts, so that a missing database is one clear line, not a stack trace. */
final class DatabaseStartup {

	private DatabaseStartup() {
	}

	/** @return false, after printing why, when the database cannot be used */
	static boolean open() {
		try {
			ConnectedDatabase database = Databases.open(DatabaseLocation.fromEnvironment(System.getenv()));
			System.setProperty("spring.datasource.url", database.url());
			System.setProperty("spring.datasource.username", database.user());
			System.setProperty("spring.datasource.password", database.password());
			return true;
		}
		catch (DatabaseUnavailableException ex) {
			System.err.println(ex.getMessage());
			return false;
		}
	}
}
