package io.kefu.database;

/**
 * The database Kefu was pointed at cannot be started or reached; the message says which
 * and why.
 */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(String message) {
		super(message);
	}

}
