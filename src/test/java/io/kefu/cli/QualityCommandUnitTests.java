package io.kefu.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.kefu.quality.ChatEvaluation;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Inspector;

import io.kefu.KefuApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class QualityCommandUnitTests {

	@Test
	void evalTakesTheDataFolderAndLabels() {
		CommandLine.ParseResult parsed = new CommandLine(new KefuCommand(KefuApplication.class)).parseArgs("quality",
				"eval", "--data", "/tmp/jddc", "--labels", "mine.tsv");

		QualityCommand quality = (QualityCommand) parsed.subcommand().commandSpec().userObject();
		assertThat(quality.what).isEqualTo("eval");
		assertThat(quality.data).isEqualTo(Path.of("/tmp/jddc"));
		assertThat(quality.labels).hasFileName("mine.tsv");
	}

	@Test
	void benchTakesQuality() {
		CommandLine.ParseResult parsed = new CommandLine(new KefuCommand(KefuApplication.class)).parseArgs("bench",
				"quality");

		assertThat(((BenchCommand) parsed.subcommand().commandSpec().userObject()).what).isEqualTo("quality");
	}

	@Test
	void printsATableOfEveryTextualRule(@TempDir Path folder) throws IOException {
		Path chats = folder.resolve("chat_0.1per.txt");
		Files.writeString(chats, "s1\tU1\t0\t0\t0\tnan\t在吗\ns1\tU1\t1\t0\t0\tnan\t在\n", StandardCharsets.UTF_8);
		ChatEvaluation.Result result;
		try (var lines = Files.newBufferedReader(chats)) {
			result = ChatEvaluation.evaluate(lines, List.of(new ChatEvaluation.Label("s1", 2, java.util.Set.of())),
					Inspector.of(InspectionSettings.DEFAULTS));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		QualityCommand.print(result, false, new PrintStream(out, true, StandardCharsets.UTF_8));

		String table = out.toString(StandardCharsets.UTF_8);
		assertThat(table).contains("1 sessions, 1 agent messages, 1 labelled")
			.contains("LONE_SYLLABLE")
			.doesNotContain("SLOW_RESPONSE");
	}

	@Test
	void theJarCarriesTheLabelsOfTheJdChats() throws IOException {
		try (InputStream labels = QualityCommand.class.getClassLoader().getResourceAsStream(QualityCommand.LABELS)) {
			assertThat(labels).isNotNull();
			List<ChatEvaluation.Label> read = ChatEvaluation
				.readLabels(new java.io.BufferedReader(new java.io.InputStreamReader(labels, StandardCharsets.UTF_8)));
			assertThat(read).hasSizeGreaterThanOrEqualTo(150);
		}
	}

}
