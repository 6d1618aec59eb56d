package io.kefu.database;

/**
 * A database that answered: the JDBC URL and credentials Spring's data source should use.
 */
public record ConnectedDatabase(String url, String user, String password) {
}
