package io.kefu.database;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseLocationUnitTests {

	@Test
	void withoutAUrlKefuRunsTheEmbeddedServerInDotData() {
		DatabaseLocation location = DatabaseLocation.fromEnvironment(Map.of());

		assertThat(location.embedded()).isTrue();
		assertThat(location.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
	}

	@Test
	void kefuDataDirMovesTheEmbeddedData() {
		DatabaseLocation location = DatabaseLocation.fromEnvironment(Map.of("KEFU_DATA_DIR", "/srv/kefu/"));

		assertThat(location.dataDir()).isEqualTo(Path.of("/srv/kefu"));
	}

	@Test
	void aUrlWithCredentialsNamesAnExternalServer() {
		DatabaseLocation location = DatabaseLocation.fromEnvironment(Map.of("KEFU_DB_URL",
				"jdbc:postgresql://db:5432/kefu", "KEFU_DB_USER", "kefu", "KEFU_DB_PASSWORD", "s3cret"));

		assertThat(location.embedded()).isFalse();
		assertThat(location.externalUrl()).contains("jdbc:postgresql://db:5432/kefu");
		assertThat(location.user()).isEqualTo("kefu");
		assertThat(location.password()).isEqualTo("s3cret");
	}

	@Test
	void aBlankUrlMeansTheEmbeddedServer() {
		assertThat(DatabaseLocation.fromEnvironment(Map.of("KEFU_DB_URL", "  ")).embedded()).isTrue();
	}

	@Test
	void aScratchDatabaseKeepsTheServerAndItsParameters() {
		assertThat(Databases.withDatabase("jdbc:postgresql://127.0.0.1:5432/test?ssl=false", "kefu_test_1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/kefu_test_1?ssl=false");
		assertThat(Databases.withDatabase("jdbc:postgresql://localhost/test", "x"))
			.isEqualTo("jdbc:postgresql://localhost/x");
	}

}
