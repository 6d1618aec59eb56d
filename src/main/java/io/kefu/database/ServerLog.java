package io.kefu.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded server's log file, read back when the server does not start: the reason is
 * in what the server wrote since, not in the library's "gave up waiting".
 */
record ServerLog(Path file, long startedAt) {

	static ServerLog of(Path file) {
		try {
			return new ServerLog(file, Files.exists(file) ? Files.size(file) : 0);
		}
		catch (IOException ex) {
			return new ServerLog(file, 0);
		}
	}

	/** Why the server did not start, in the server's words, if it said. */
	Optional<String> reasonSinceOpened() {
		List<String> lines = linesSinceOpened();
		Optional<String> port = lines.stream()
			.filter(line -> line.contains("could not bind") && line.contains("Address already in use"))
			.findFirst();
		if (port.isPresent()) {
			return Optional.of("the port it was given is already in use by another program ("
					+ port.get().substring(port.get().indexOf("could not bind")).strip()
					+ "); start Kefu again to pick another");
		}
		return lines.stream().map(ServerLog::fatalMessage).flatMap(Optional::stream).reduce((first, last) -> last);
	}

	private static Optional<String> fatalMessage(String line) {
		for (String level : List.of("FATAL:", "PANIC:")) {
			int at = line.indexOf(level);
			if (at >= 0) {
				return Optional.of(line.substring(at + level.length()).strip());
			}
		}
		return Optional.empty();
	}

	private List<String> linesSinceOpened() {
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(startedAt);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
