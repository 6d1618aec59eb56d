package io.kefu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message an import can show has its words in both languages: the causes of a
 * failed job, the states of a file, and every {@code imports.error.*} and
 * {@code imports.refused.*} code the module's code names.
 */
class ImportTextsUnitTests {

	private static final Pattern CODE = Pattern.compile("\"(imports\\.(?:error|refused)\\.\\w+)\"");

	@Test
	void everyCauseStateAndCodeIsWordedInBothLanguages() throws IOException {
		Set<String> needed = Stream
			.concat(Stream.of(ImportJob.Cause.values()).map(cause -> "imports.failure." + cause.name()),
					Stream.of(ImportJob.FileStatus.values()).map(status -> "imports.file." + status.name()))
			.collect(Collectors.toSet());
		needed.addAll(codesInSources());

		assertThat(needed).contains("imports.error.zipBomb", "imports.refused.tooLarge");
		assertThat(keys("messages.properties")).containsAll(needed);
		assertThat(keys("messages_zh_CN.properties")).containsAll(needed);
	}

	private static Set<String> codesInSources() throws IOException {
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/kefu/ingest"))) {
			return sources.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
				try {
					Matcher codes = CODE.matcher(Files.readString(file));
					return codes.results().map(found -> found.group(1)).toList().stream();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).collect(Collectors.toSet());
		}
	}

	private static Set<String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ImportTextsUnitTests.class.getResourceAsStream("/messages/" + file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}

}
