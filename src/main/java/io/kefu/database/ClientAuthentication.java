package io.kefu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded server's {@code pg_hba.conf}: who may connect and how. Kefu's own says
 * every connection, local or over the loopback, proves a password (scram-sha-256); the
 * one of earlier versions trusted every local user.
 */
final class ClientAuthentication {

	static final String FILE = "pg_hba.conf";

	static final String PASSWORDS_ONLY = """
			# Written by Kefu: every connection proves a password (scram-sha-256).
			# TYPE  DATABASE        USER            ADDRESS                 METHOD
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	private ClientAuthentication() {
	}

	/** Whether some line of the file lets a connection in without a password. */
	static boolean trustsSomeone(Path pgData) {
		return lines(pgData).stream().anyMatch(line -> {
			List<String> fields = Arrays.asList(line.strip().split("\\s+"));
			return fields.contains("trust");
		});
	}

	/** Replaces the file with Kefu's, in one step: the server never reads half of it. */
	static void requirePasswords(Path pgData) {
		Path file = pgData.resolve(FILE);
		Path draft = pgData.resolve(FILE + ".new");
		try {
			Files.writeString(draft, PASSWORDS_ONLY, StandardCharsets.UTF_8);
			Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> lines(Path pgData) {
		try {
			return Files.readAllLines(pgData.resolve(FILE), StandardCharsets.UTF_8)
				.stream()
				.filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
