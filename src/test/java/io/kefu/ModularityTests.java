package io.kefu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	/** Where the module graph is kept in the repository, beside its README. */
	static final Path DOCS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(KefuApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		modules.verify();
	}

	/**
	 * Writes the graph of all modules, one diagram and one canvas per module, and the
	 * document that gathers them into {@code docs/modules}. The Documenter's own cleaning
	 * would delete the folder's README, so only what it generates is removed first: a
	 * module that goes leaves no diagram behind, and every module has its place in the
	 * graph and its canvas.
	 */
	@Test
	void documentsTheModulesInTheRepository() throws IOException {
		for (Path file : generated()) {
			Files.delete(file);
		}
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()).withoutClean())
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		for (Path file : generated()) {
			Files.write(file, inStableOrder(Files.readAllLines(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
		}
		assertThat(DOCS.resolve("components.puml")).content()
			.contains(related().map(module -> "\"" + module.getDisplayName() + "\"").toList());
		modules.forEach(module -> assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).content()
			.contains("`" + module.getBasePackage().getName() + "`"));
	}

	@Test
	void sortsEachRunOfListedLinesAndKeepsTheCellOpenerOnTheFirst() {
		List<String> written = List.of("|Events listened to", "|* `b.Second` ", "* `a.First` ", "|===", "",
				"Rel(Web, Shop)", "Rel(Demo, Shop)", "", "@enduml");

		assertThat(inStableOrder(written)).containsExactly("|Events listened to", "|* `a.First`", "* `b.Second`",
				"|===", "", "Rel(Demo, Shop)", "Rel(Web, Shop)", "", "@enduml");
	}

	// the graph draws dependencies, so a module that no type of another names (time only
	// gives the Clock bean) is not in it
	private Stream<ApplicationModule> related() {
		return modules.stream()
			.filter(module -> !module.getDirectDependencies(modules).isEmpty()
					|| modules.stream().anyMatch(other -> other.getDirectDependencies(modules).contains(module)));
	}

	private static List<Path> generated() throws IOException {
		if (!Files.isDirectory(DOCS)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(DOCS)) {
			return files.filter(file -> file.toString().endsWith(".puml") || file.toString().endsWith(".adoc"))
				.sorted()
				.toList();
		}
	}

	/**
	 * The Documenter lists a diagram's components and relations, and a canvas's beans and
	 * events, in an order that changes from one run to the next; sorting each run of such
	 * lines keeps a rerun from making a diff. A canvas's first list item opens its table
	 * cell with "|", which stays on the first line. Trailing blanks go, as .editorconfig
	 * asks.
	 */
	static List<String> inStableOrder(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String runKind = "";
		boolean opensCell = false;
		for (String written : lines) {
			String line = written.stripTrailing();
			String kind = kind(line);
			if (!kind.equals(runKind) || kind.isEmpty() || line.startsWith("|")) {
				flush(run, opensCell, sorted);
				runKind = kind;
				opensCell = line.startsWith("|");
			}
			if (kind.isEmpty()) {
				sorted.add(line);
			}
			else {
				run.add(opensCell && run.isEmpty() ? line.substring(1) : line);
			}
		}
		flush(run, opensCell, sorted);
		return sorted;
	}

	private static String kind(String line) {
		String item = line.startsWith("|") ? line.substring(1) : line;
		for (String kind : List.of("Component(", "Rel(", "* ")) {
			if (item.strip().startsWith(kind)) {
				return kind;
			}
		}
		return "";
	}

	private static void flush(List<String> run, boolean opensCell, List<String> into) {
		run.sort(null);
		for (int i = 0; i < run.size(); i++) {
			into.add(opensCell && i == 0 ? "|" + run.get(i) : run.get(i));
		}
		run.clear();
	}

}
