package io.kefu.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseStartupUnitTests {

	@Test
	void anUnreachableDatabaseIsOneLineNamingTheUrl() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		boolean opened = DatabaseStartup.open(Map.of("KEFU_DB_URL", "jdbc:postgresql://127.0.0.1:1/kefu"),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		String message = err.toString(StandardCharsets.UTF_8);
		assertThat(opened).isFalse();
		assertThat(message)
			.startsWith("Kefu could not connect to the database at jdbc:postgresql://127.0.0.1:1/kefu: ");
		assertThat(message.strip().lines()).hasSize(1);
	}

}
