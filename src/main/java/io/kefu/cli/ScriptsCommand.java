package io.kefu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.scripts.ScriptMatcher;
import io.kefu.scripts.SuggestionQuality;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "scripts", mixinStandardHelpOptions = true,
		description = "'eval' measures how often a shop's suggested replies hold the right script, over labelled "
				+ "buyer questions (one a line: code<TAB>question).")
class ScriptsCommand implements Callable<Integer> {

	@ParentCommand
	KefuCommand kefu;

	@Parameters(index = "0", description = "What to do: eval.")
	String what;

	@Parameters(index = "1", description = "The labelled questions, UTF-8, e.g. "
			+ "src/test/resources/scripts/suggestion-questions.tsv for the demo shop.")
	Path questions;

	@Option(names = "--shop", required = true, description = "The shop's id (GET /api/v1/shops lists them).")
	long shopId;

	@Override
	public Integer call() throws IOException {
		if (!"eval".equals(what)) {
			System.err.println("Unknown action '" + what + "'; try: eval");
			return 1;
		}
		List<SuggestionQuality.LabelledQuestion> labelled;
		try (BufferedReader lines = Files.newBufferedReader(questions, StandardCharsets.UTF_8)) {
			labelled = SuggestionQuality.read(lines);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(questions + ": " + ex.getMessage());
			return 1;
		}
		if (!DatabaseStartup.open()) {
			return 1;
		}
		try (ConfigurableApplicationContext context = HeadlessKefu.quiet(kefu)) {
			if (context.getBean(Shops.class).find(ShopId.of(shopId)).isEmpty()) {
				System.err.println("There is no shop " + shopId + " (GET /api/v1/shops lists them)");
				return 1;
			}
			List<Script> scripts = context.getBean(ScriptLibrary.class)
				.groups(ShopId.of(shopId))
				.stream()
				.flatMap(group -> group.scripts().stream())
				.toList();
			print(scripts, SuggestionQuality.measure(ScriptMatcher.over(scripts), labelled), System.out);
			return 0;
		}
	}

	static void print(List<Script> scripts, SuggestionQuality quality, PrintStream out) {
		Set<String> codes = scripts.stream().map(Script::code).filter(code -> code != null).collect(Collectors.toSet());
		out.printf("%d questions, %d scripts: top-1 %.3f (%d), top-3 %.3f (%d)%n", quality.questions(), scripts.size(),
				quality.top1Rate(), quality.top1(), quality.top3Rate(), quality.top3());
		for (SuggestionQuality.Miss miss : quality.misses()) {
			String unknown = codes.contains(miss.question().code()) ? "" : " (no script has this code)";
			out.printf("missed %s%s: %s -> %s%n", miss.question().code(), unknown, miss.question().text(),
					String.join(" ", miss.suggested()));
		}
	}

}
