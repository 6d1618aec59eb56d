package io.kefu.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAuthenticationUnitTests {

	@TempDir
	Path pgData;

	@Test
	void theEarlierVersionsFileTrustsEveryLocalUser() throws IOException {
		Files.writeString(pgData.resolve("pg_hba.conf"), """
				# "local" is for Unix domain socket connections only
				local   all             all                                     trust
				host    all             all             127.0.0.1/32            trust
				""");

		assertThat(ClientAuthentication.trustsSomeone(pgData)).isTrue();
	}

	@Test
	void kefusFileDemandsAPasswordOnEveryLine() throws IOException {
		Files.writeString(pgData.resolve("pg_hba.conf"), "# a comment that says trust\nlocal all all trust\n");

		ClientAuthentication.requirePasswords(pgData);

		assertThat(ClientAuthentication.trustsSomeone(pgData)).isFalse();
		assertThat(Files.readAllLines(pgData.resolve("pg_hba.conf"))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))).hasSize(6)
			.allMatch(line -> line.endsWith(" scram-sha-256"));
		assertThat(pgData.resolve("pg_hba.conf.new")).doesNotExist();
	}

}
