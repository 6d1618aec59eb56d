package io.kefu.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kefu.bench.load.ChatLoad;
import io.kefu.bench.load.LoadPlan;
import io.kefu.bench.load.LoadResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the load client ({@code bench chat-client}) in a JVM of its own, started from the
 * same jar or class path as this one, so that this process's CPU time and heap are the
 * server's alone. The plan goes in as a JSON file; the client's {@code MEASURING} and
 * {@code MEASURED} lines start and stop the server's gauge, and its last line is the
 * result as JSON.
 */
final class LoadClientProcess {

	static final String RESULT = "RESULT ";

	static final String MEASURING = "MEASURING";

	static final String MEASURED = "MEASURED";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LoadClientProcess() {
	}

	record Measured(LoadResult client, ServerGauge.Reading server) {
	}

	static Measured run(Class<?> application, LoadPlan plan, String clientHeap)
			throws IOException, InterruptedException {
		Path planFile = Files.createTempFile("kefu-chat-plan", ".json");
		try {
			Files.writeString(planFile, JSON.writeValueAsString(plan));
			Process client = new ProcessBuilder(command(application, planFile, clientHeap))
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			ServerGauge gauge = new ServerGauge();
			ServerGauge.Reading server = null;
			LoadResult result = null;
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.equals(MEASURING)) {
						gauge.start();
					}
					else if (line.equals(MEASURED)) {
						server = gauge.stop();
					}
					else if (line.startsWith(RESULT)) {
						result = JSON.readValue(line.substring(RESULT.length()), LoadResult.class);
					}
					else {
						System.out.println("  client: " + line);
					}
				}
			}
			int exit = client.waitFor();
			if (result == null || server == null) {
				throw new IllegalStateException("The load client ended (exit " + exit + ") without a result");
			}
			return new Measured(result, server);
		}
		finally {
			Files.deleteIfExists(planFile);
		}
	}

	/** The client's side: runs the plan, prints the result as JSON. */
	static void client(Path plan, PrintStream out) throws IOException, InterruptedException {
		LoadPlan loaded = JSON.readValue(Files.readString(plan), LoadPlan.class);
		LoadResult result = ChatLoad.run(loaded, line -> {
			out.println(line);
			out.flush();
		});
		out.println(RESULT + JSON.writeValueAsString(result));
	}

	/** {@code java -jar kefu.jar ...} from the jar, the main class from a class path. */
	private static List<String> command(Class<?> application, Path planFile, String clientHeap) {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("java.class.path");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + clientHeap, "-XX:+UseParallelGC"));
		if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
			command.addAll(List.of("-jar", classPath));
		}
		else {
			command.addAll(List.of("-cp", classPath, application.getName()));
		}
		command.addAll(List.of("bench", "chat-client", "--plan", planFile.toString()));
		return command;
	}

}
