package io.kefu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an earlier Kefu left in the embedded server's directory. The server runs in a
 * process of its own, which outlives a Kefu killed with {@code kill -9}: the next start
 * finds it still running, holding {@code postmaster.pid}, and stops it (fast shutdown:
 * the killed Kefu's sessions are gone, and a clean checkpoint beats reusing a server
 * nobody will stop) before starting its own. A Kefu that is still running holds the lock
 * file its library takes, and then its server is left alone.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	static final String LIBRARY_LOCK = "epg-lock";

	static final String PID_FILE = "postmaster.pid";

	private LeftoverServer() {
	}

	/**
	 * Makes sure no server runs in {@code pgData} before Kefu starts one there.
	 * @throws DatabaseUnavailableException when another Kefu uses the directory or the
	 * leftover server does not stop
	 */
	static void clear(Path pgData) {
		refuseWhenInUse(pgData);
		Path pidFile = pgData.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = pid(pidFile);
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		Optional<String> command = process.flatMap(p -> p.info().command());
		if (process.isPresent() && command.filter(LeftoverServer::isPostgres).isPresent()
				&& servesDirectory(process.get(), pgData)) {
			stop(process.get(), Path.of(command.get()), pgData);
			log.warn(
					"Stopped the PostgreSQL server (pid {}) that an earlier Kefu left running in {}; starting a new one",
					pid, pgData);
		}
		else if (process.isPresent() && command.filter(c -> !isPostgres(c)).isPresent()) {
			// PostgreSQL would take the live process for a server of this directory and
			// refuse to start
			delete(pidFile);
			log.warn("Removed the stale {} of {}: its pid {} now belongs to another program", PID_FILE, pgData, pid);
		}
		else if (process.isEmpty()) {
			// PostgreSQL removes the file itself, after checking that none of the dead
			// server's processes still uses its shared memory
			log.warn("Found the {} of a PostgreSQL server (pid {}) that is no longer running in {}; starting a new one",
					PID_FILE, pid, pgData);
		}
	}

	private static void refuseWhenInUse(Path pgData) {
		Path lockFile = pgData.resolve(LIBRARY_LOCK);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new DatabaseUnavailableException("Kefu could not start its embedded PostgreSQL in "
						+ pgData.getParent() + ": another Kefu is running on this data directory; stop it first, "
						+ "or give this one another KEFU_DATA_DIR.");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long pid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static boolean isPostgres(String command) {
		return Path.of(command).getFileName().toString().startsWith("postgres");
	}

	// The server runs as the directory's owner, so its command line is readable; the
	// directory is the argument of -D.
	private static boolean servesDirectory(ProcessHandle process, Path pgData) {
		String[] arguments = process.info().arguments().orElse(new String[0]);
		for (int i = 0; i + 1 < arguments.length; i++) {
			if ("-D".equals(arguments[i]) && sameFile(Path.of(arguments[i + 1]), pgData)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	// with the server's own pg_ctl: a fast shutdown ends what is left of the killed
	// Kefu's sessions and writes a checkpoint
	private static void stop(ProcessHandle server, Path command, Path pgData) {
		Path pgCtl = command.resolveSibling("pg_ctl");
		try {
			Process process = new ProcessBuilder(pgCtl.toString(), "stop", "-D", pgData.toString(), "-m", "fast", "-w")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			process.waitFor(90, TimeUnit.SECONDS);
			server.onExit().get(10, TimeUnit.SECONDS);
		}
		catch (IOException | ExecutionException | TimeoutException ex) {
			throw notStopped(server, pgData);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw notStopped(server, pgData);
		}
	}

	private static DatabaseUnavailableException notStopped(ProcessHandle server, Path pgData) {
		return new DatabaseUnavailableException("Kefu could not start its embedded PostgreSQL in " + pgData.getParent()
				+ ": the server an earlier Kefu left running there (pid " + server.pid()
				+ ") did not stop; stop it, then start Kefu again.");
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
