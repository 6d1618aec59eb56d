package io.kefu.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServerLogUnitTests {

	@TempDir
	Path dir;

	@Test
	void aPortTakenByAnotherProgramIsSaidSo() throws IOException {
		Path file = dir.resolve("postgres.log");
		Files.writeString(file, "2026-12-06 21:00:00 UTC [1] FATAL:  the database system is shutting down\n");
		ServerLog log = ServerLog.of(file);
		Files.writeString(file, """
				waiting for server to start....2026-12-06 21:37:51 UTC [19383] LOG:  starting PostgreSQL 17.6
				2026-12-06 21:37:51 UTC [19383] LOG:  could not bind IPv4 address "127.0.0.1": Address already in use
				2026-12-06 21:37:51 UTC [19383] FATAL:  could not create any TCP/IP sockets
				""", StandardOpenOption.APPEND);

		assertThat(log.reasonSinceOpened()).contains("the port it was given is already in use by another program "
				+ "(could not bind IPv4 address \"127.0.0.1\": Address already in use); start Kefu again to pick another");
	}

	@Test
	void otherwiseTheLastFatalLineWrittenSinceTheStartIsTheReason() throws IOException {
		Path file = dir.resolve("postgres.log");
		Files.writeString(file, "2026-12-06 21:00:00 UTC [1] FATAL:  an old failure\n");
		ServerLog log = ServerLog.of(file);
		Files.writeString(file, """
				2026-12-06 21:37:51 UTC [19383] FATAL:  data directory "/srv/kefu/postgres" has invalid permissions
				""", StandardOpenOption.APPEND);

		assertThat(log.reasonSinceOpened()).contains("data directory \"/srv/kefu/postgres\" has invalid permissions");
	}

	@Test
	void aServerThatSaidNothingGivesNoReason() {
		assertThat(ServerLog.of(dir.resolve("postgres.log")).reasonSinceOpened()).isEmpty();
	}

}
