package io.kefu.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The role Kefu connects as on its embedded server, {@code kefu}: it may log in with its
 * password and owns the database {@code kefu}, and nothing more: no superuser, so no
 * {@code COPY … TO PROGRAM} and no reading other roles' data; no creating roles or
 * databases. Every statement here runs as the superuser and may run again.
 */
final class KefuRole {

	static final String NAME = "kefu";

	static final String DATABASE = "kefu";

	private KefuRole() {
	}

	/** Creates the role if it is missing, strips any privilege, and sets its password. */
	static void ensure(Connection superuser, String password) throws SQLException {
		if (!exists(superuser, "select 1 from pg_roles where rolname = ?", NAME)) {
			execute(superuser, "create role " + NAME + " login");
		}
		execute(superuser,
				"alter role " + NAME + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
		setPassword(superuser, NAME, password);
	}

	/** Creates Kefu's database if it is missing and gives it to the role. */
	static void ensureDatabase(Connection superuser) throws SQLException {
		if (!exists(superuser, "select 1 from pg_database where datname = ?", DATABASE)) {
			execute(superuser, "create database " + DATABASE + " owner " + NAME);
		}
		execute(superuser, "alter database " + DATABASE + " owner to " + NAME);
		// no other role may even connect to it, nor may Kefu's role to the server's own
		execute(superuser, "revoke all on database " + DATABASE + " from public");
		execute(superuser, "revoke connect, temporary on database postgres from public");
	}

	/** A new, empty database for a test, owned by the role. */
	static void createScratch(Connection superuser, String name) throws SQLException {
		execute(superuser, "create database " + name + " owner " + NAME);
	}

	/**
	 * Sets a password as its scram-sha-256 hash, computed by the driver: the password
	 * itself never reaches the server, nor its log.
	 */
	static void setPassword(Connection superuser, String role, String password) throws SQLException {
		superuser.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
	}

	static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
