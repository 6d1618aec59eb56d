package io.kefu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's two passwords, each in a file of its own in the data directory
 * that only its owner may read: the superuser {@code postgres}'s (Kefu sets up roles and
 * databases with it) and Kefu's role {@code kefu}'s (the application's connections).
 */
record ServerPasswords(Path superuserFile, String superuser, Path kefuFile, String kefu) {

	static final String SUPERUSER_FILE = "postgres.password";

	static final String KEFU_FILE = "kefu.password";

	private static final Logger log = LoggerFactory.getLogger(ServerPasswords.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Reads the passwords, generating those not written yet. A missing superuser password
	 * is generated only when the server does not need one yet (a new or a trusting
	 * server); otherwise the server has one that nobody knows any more.
	 */
	static ServerPasswords in(Path dataDir, boolean superuserMayBeNew) {
		Path superuserFile = dataDir.resolve(SUPERUSER_FILE);
		if (!Files.exists(superuserFile) && !superuserMayBeNew) {
			throw new DatabaseUnavailableException("Kefu could not start its embedded PostgreSQL in " + dataDir + ": "
					+ superuserFile + " is missing; it holds the password of the server's superuser and was written "
					+ "when the server was created, so restore it from a backup of the data directory.");
		}
		Path kefuFile = dataDir.resolve(KEFU_FILE);
		return new ServerPasswords(superuserFile, readOrCreate(superuserFile), kefuFile, readOrCreate(kefuFile));
	}

	private static String readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				write(file, generate());
			}
			ownerOnly(file);
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// 24 random bytes, in letters, digits, '-' and '_': nothing that needs quoting in a
	// file initdb reads or in a JDBC property
	private static String generate() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	// written to a new owner-only file, then moved into place: no other user can read it,
	// and no reader sees half of it
	private static void write(Path file, String password) throws IOException {
		Path draft = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(draft);
		OwnerOnly.createFile(draft);
		Files.writeString(draft, password, StandardCharsets.UTF_8);
		Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void ownerOnly(Path file) {
		if (!OwnerOnly.isRestricted(file)) {
			OwnerOnly.restrict(file);
			log.warn("{} could be read by other users; it is now readable by its owner only", file);
		}
	}

	@Override
	public String toString() {
		return "ServerPasswords[" + superuserFile + ", " + kefuFile + "]";
	}

}
