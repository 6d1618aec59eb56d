package io.kefu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * {@code target/kefu.jar} run as a process of its own on the embedded PostgreSQL, the way
 * a shop runs it: in a home directory of its own ({@code data/} is its
 * {@code KEFU_DATA_DIR}), on a free port, with the admin password set and no demo shop.
 * PostgreSQL refuses to run as root, so when the tests run as root the jar runs as the
 * unprivileged user {@code kefuci}, as in {@code .ci/embedded-smoke}. Tests kill it with
 * SIGKILL, start it again and read its data directory.
 */
public final class KefuProcess {

	public static final String ADMIN_PASSWORD = "process-test-admin-1";

	private static final String RUN_AS = "kefuci";

	private static final Path JAR = Path.of("target", "kefu.jar").toAbsolutePath();

	private static final Duration STARTUP = Duration.ofMinutes(5);

	private final Path home;

	private final int port;

	private Process process;

	private int starts;

	private KefuProcess(Path home, int port) {
		this.home = home;
		this.port = port;
	}

	/** A new home directory that the jar's user owns. */
	public static Path newHome() {
		try {
			Path home = Files.createTempDirectory("kefu-process");
			Files.createDirectories(home.resolve("tmp"));
			if (asRoot()) {
				ensureUser();
				UserPrincipal user = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(RUN_AS);
				Files.setOwner(home, user);
				Files.setOwner(home.resolve("tmp"), user);
			}
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts Kefu in the home directory and waits until it reports itself up. */
	public static KefuProcess start(Path home) {
		KefuProcess kefu = new KefuProcess(home, freePort());
		kefu.launch();
		return kefu;
	}

	/**
	 * Runs Kefu with the given port until it exits, for starts that are meant to fail.
	 * @return the exit code and everything it printed
	 */
	public static Exit runToExit(Path home, int port) {
		KefuProcess kefu = new KefuProcess(home, port);
		Path output = kefu.nextLog();
		try {
			Process process = kefu.builder(output).start();
			if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
				process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException("Kefu did not exit; its output:\n" + Files.readString(output));
			}
			return new Exit(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public int port() {
		return port;
	}

	public Path dataDir() {
		return home.resolve("data");
	}

	public ApiClient admin() {
		return ApiClient.anonymous(port).as("admin", ADMIN_PASSWORD);
	}

	public ApiClient anonymous() {
		return ApiClient.anonymous(port);
	}

	/** SIGKILL to Kefu's JVM, as {@code kill -9} does: no shutdown hook runs. */
	public void killNine() {
		jvm().destroyForcibly();
		awaitExit();
	}

	/** Starts Kefu again on the same data directory and port. */
	public void restart() {
		launch();
	}

	/** Stops Kefu as a service manager would (SIGTERM), which also stops its server. */
	public void stop() {
		if (process != null && process.isAlive()) {
			jvm().destroy();
			awaitExit();
		}
	}

	/** What the last start printed. */
	public String lastOutput() {
		return read(logFile());
	}

	/** A connection as the role Kefu uses, with the password from the data directory. */
	public Connection connectAsKefu() throws SQLException {
		return DriverManager.getConnection(databaseUrl(dataDir(), "kefu"), "kefu",
				read(dataDir().resolve("kefu.password")).strip());
	}

	/** The embedded server's JDBC URL, with the port from its {@code postmaster.pid}. */
	public static String databaseUrl(Path dataDir, String database) {
		List<String> pidFile = read(dataDir.resolve("postgres/postmaster.pid")).lines().toList();
		return "jdbc:postgresql://localhost:" + pidFile.get(3).strip() + "/" + database;
	}

	/**
	 * Stops Kefu, then any server still running in its data directory (one left by a
	 * kill), and deletes the home directory.
	 */
	public static void discard(KefuProcess kefu, Path home) {
		if (kefu != null) {
			kefu.stop();
		}
		stopLeftoverServer(home.resolve("data"));
		keepLogs(home);
		FileSystemUtils.deleteRecursively(home.toFile());
	}

	/**
	 * Copies the logs of Kefu and its PostgreSQL to {@code target/kefu-process-logs}, so
	 * that a test that failed in CI can be read afterwards.
	 */
	private static void keepLogs(Path home) {
		Path kept = Path.of("target", "kefu-process-logs", home.getFileName().toString());
		try (Stream<Path> files = Files.list(home)) {
			Files.createDirectories(kept);
			for (Path log : Stream
				.concat(files.filter(file -> file.toString().endsWith(".log")),
						Stream.of(home.resolve("data/postgres.log")))
				.filter(Files::isReadable)
				.toList()) {
				Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			// the logs are a help, never a reason to fail
		}
	}

	/** Runs a command as the jar's user, in the given directory. */
	public static String runAs(Path directory, String... command) {
		List<String> full = new ArrayList<>(asRoot() ? List.of("runuser", "-u", RUN_AS, "--") : List.of());
		full.addAll(List.of(command));
		try {
			Process process = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void launch() {
		Path output = nextLog();
		try {
			process = builder(output).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitUp(output);
	}

	private Path nextLog() {
		starts++;
		return logFile();
	}

	private Path logFile() {
		return home.resolve("kefu-" + port + "-" + starts + ".log");
	}

	private ProcessBuilder builder(Path output) {
		JAR.toFile().setReadable(true, false);
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(asRoot() ? List.of("runuser", "-u", RUN_AS, "--") : List.of());
		command.addAll(List.of(java, "-Xmx1g", "-Djava.io.tmpdir=" + home.resolve("tmp"), "-jar", JAR.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		Map<String, String> env = builder.environment();
		Stream.of("KEFU_DB_URL", "KEFU_DB_USER", "KEFU_DB_PASSWORD", "SERVER_PORT", "KEFU_CHAT_SECRET")
			.forEach(env::remove);
		env.putAll(new HashMap<>(Map.of("KEFU_DATA_DIR", dataDir().toString(), "KEFU_PORT", Integer.toString(port),
				"KEFU_DEMO", "false", "KEFU_ADMIN_PASSWORD", ADMIN_PASSWORD)));
		return builder;
	}

	private void awaitUp(Path output) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		try {
			await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> !process.isAlive() || isUp(http));
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(
					"Kefu did not come up in " + STARTUP + "; its output:\n" + tail(read(output)));
		}
		if (!process.isAlive()) {
			throw new IllegalStateException("Kefu stopped while starting; its output:\n" + tail(read(output)));
		}
	}

	private boolean isUp(HttpClient http) throws InterruptedException {
		try {
			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			// not listening yet
			return false;
		}
	}

	// the JVM itself: when run through runuser, the child of that process
	private ProcessHandle jvm() {
		return process.toHandle()
			.descendants()
			.filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
			.findFirst()
			.orElse(process.toHandle());
	}

	private void awaitExit() {
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				throw new IllegalStateException("Kefu did not stop");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void stopLeftoverServer(Path dataDir) {
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(read(pidFile).lines().findFirst().orElseThrow().strip());
		ProcessHandle.of(pid).ifPresent(server -> {
			server.destroy();
			try {
				server.onExit().get(1, TimeUnit.MINUTES);
			}
			catch (Exception ex) {
				server.destroyForcibly();
			}
		});
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void ensureUser() {
		try {
			if (new ProcessBuilder("id", RUN_AS).start().waitFor() != 0) {
				new ProcessBuilder("useradd", "--system", "--no-create-home", RUN_AS).inheritIO().start().waitFor();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tail(String output) {
		List<String> lines = output.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	/** How a run that was meant to fail ended. */
	public record Exit(int code, String output) {
	}

}
