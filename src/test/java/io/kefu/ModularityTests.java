package io.kefu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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
	 * module that goes leaves no diagram behind.
	 */
	@Test
	void documentsTheModulesInTheRepository() throws IOException {
		removeGenerated();
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()).withoutClean())
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}

	private static void removeGenerated() throws IOException {
		if (!Files.isDirectory(DOCS)) {
			return;
		}
		List<Path> generated;
		try (Stream<Path> files = Files.list(DOCS)) {
			generated = files.filter(file -> file.toString().endsWith(".puml") || file.toString().endsWith(".adoc"))
				.toList();
		}
		for (Path file : generated) {
			Files.delete(file);
		}
	}

}
