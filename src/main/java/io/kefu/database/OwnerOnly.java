package io.kefu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories of the data directory that no other user of the machine may read
 * or change: the passwords, the server's log (it quotes failed statements) and the
 * server's binaries (whoever could replace them would run code as Kefu). Where the file
 * system has no POSIX permissions (Windows), the directory's own protection applies.
 */
final class OwnerOnly {

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private OwnerOnly() {
	}

	/** Creates the file, empty and owner-only from its first moment, unless it exists. */
	static void createFile(Path file) {
		try {
			if (!posix()) {
				Files.createFile(file);
			}
			else {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
			}
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			// kept as it is
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Takes from other users whatever access they have to the file or directory. */
	static void restrict(Path path) {
		try {
			if (posix() && Files.exists(path)) {
				Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isRestricted(Path path) {
		try {
			return !posix() || Files.getPosixFilePermissions(path).equals(Files.isDirectory(path) ? DIRECTORY : FILE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
