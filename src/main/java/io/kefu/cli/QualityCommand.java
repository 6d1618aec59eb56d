package io.kefu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.kefu.quality.ChatEvaluation;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Inspector;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quality", mixinStandardHelpOptions = true,
		description = "'eval' runs the inspection rules over the JDDC 2019 chats: hits per rule per 100 sessions, "
				+ "and each rule's precision and recall on hand-labelled agent messages.")
class QualityCommand implements Callable<Integer> {

	static final String LABELS = "quality/jd-chat-labels.tsv";

	@Parameters(index = "0", description = "What to do: eval.")
	String what;

	@Option(names = "--data", defaultValue = "../shared/data/external/jddc2019_sample",
			description = "The folder holding chat_0.1per.txt (default: ${DEFAULT-VALUE}).")
	Path data;

	@Option(names = "--labels",
			description = "Labels, one a line: session<TAB>line<TAB>RULE[,RULE] or -; default: the labels in the jar.")
	@Nullable Path labels;

	@Option(names = "--list", description = "Also print every hit and every disagreement with the labels.")
	boolean list;

	@Override
	public Integer call() throws IOException {
		if (!"eval".equals(what)) {
			System.err.println("Unknown action '" + what + "'; try: eval");
			return 1;
		}
		Path chats = data.resolve("chat_0.1per.txt");
		if (!Files.isReadable(chats)) {
			System.err.println("Cannot read " + chats + " (--data names the folder of the JDDC 2019 sample)");
			return 1;
		}
		try (BufferedReader labelLines = labelReader();
				BufferedReader chatLines = Files.newBufferedReader(chats, StandardCharsets.UTF_8)) {
			List<ChatEvaluation.Label> labelled = ChatEvaluation.readLabels(labelLines);
			ChatEvaluation.Result result = ChatEvaluation.evaluate(chatLines, labelled,
					Inspector.of(InspectionSettings.DEFAULTS));
			print(result, list, System.out);
			return 0;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
	}

	private BufferedReader labelReader() throws IOException {
		if (labels != null) {
			return Files.newBufferedReader(labels, StandardCharsets.UTF_8);
		}
		InputStream inJar = QualityCommand.class.getClassLoader().getResourceAsStream(LABELS);
		if (inJar == null) {
			throw new IOException("The jar holds no " + LABELS);
		}
		return new BufferedReader(new InputStreamReader(inJar, StandardCharsets.UTF_8));
	}

	static void print(ChatEvaluation.Result result, boolean list, PrintStream out) {
		if (list) {
			result.hits()
				.forEach(hit -> out.printf("hit %s:%d %s %s%n", hit.session(), hit.line(), hit.rule(), hit.text()));
			result.misses()
				.forEach(miss -> out.printf("label %s:%d %s %s%n", miss.session(), miss.line(), miss.rule(),
						miss.text()));
		}
		out.printf("%d sessions, %d agent messages, %d labelled; time-based rules skipped (no timestamps)%n",
				result.sessions(), result.agentMessages(), result.labelled());
		out.printf("%-18s %6s %9s %4s %4s %4s %9s %7s%n", "rule", "hits", "per 100", "TP", "FP", "FN", "precision",
				"recall");
		for (ChatEvaluation.RuleResult rule : result.rules()) {
			out.printf("%-18s %6d %9.1f %4d %4d %4d %9s %7s%n", rule.rule(), rule.hits(), rule.per100Sessions(),
					rule.truePositives(), rule.falsePositives(), rule.falseNegatives(), ratio(rule.precision()),
					ratio(rule.recall()));
		}
	}

	private static String ratio(double value) {
		return Double.isNaN(value) ? "-" : String.format("%.2f", value);
	}

}
