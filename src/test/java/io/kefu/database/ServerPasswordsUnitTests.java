package io.kefu.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerPasswordsUnitTests {

	@TempDir
	Path dataDir;

	@Test
	void aNewServerGetsTwoRandomPasswordsThatOnlyTheOwnerMayRead() throws IOException {
		ServerPasswords passwords = ServerPasswords.in(dataDir, true);

		assertThat(passwords.superuser()).hasSize(32).isNotEqualTo(passwords.kefu());
		assertThat(passwords.kefu()).matches("[A-Za-z0-9_-]{32}");
		assertThat(Files.readString(dataDir.resolve("postgres.password"))).isEqualTo(passwords.superuser());
		assertThat(Files.readString(dataDir.resolve("kefu.password"))).isEqualTo(passwords.kefu());
		assertThat(permissions("postgres.password")).isEqualTo("rw-------");
		assertThat(permissions("kefu.password")).isEqualTo("rw-------");
	}

	@Test
	void theNextStartReadsTheSamePasswords() {
		ServerPasswords first = ServerPasswords.in(dataDir, true);

		ServerPasswords second = ServerPasswords.in(dataDir, false);

		assertThat(second.superuser()).isEqualTo(first.superuser());
		assertThat(second.kefu()).isEqualTo(first.kefu());
	}

	@Test
	void aPasswordFileOthersCouldReadIsMadeTheOwnersOnly() throws IOException {
		ServerPasswords.in(dataDir, true);
		Files.setPosixFilePermissions(dataDir.resolve("kefu.password"), PosixFilePermissions.fromString("rw-r--r--"));

		ServerPasswords.in(dataDir, false);

		assertThat(permissions("kefu.password")).isEqualTo("rw-------");
	}

	@Test
	void aLostSuperuserPasswordOfAnExistingServerIsOneSentenceNotANewPassword() {
		assertThatThrownBy(() -> ServerPasswords.in(dataDir, false)).isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("postgres.password is missing");
		assertThat(dataDir.resolve("postgres.password")).doesNotExist();
	}

	private String permissions(String file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file)));
	}

}
