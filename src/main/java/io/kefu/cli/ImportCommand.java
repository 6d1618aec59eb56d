package io.kefu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportKind;
import io.kefu.ingest.Imports;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import marketplace exports (order reports, chat records) into a shop, one transaction a file.")
class ImportCommand implements Callable<Integer> {

	@ParentCommand
	KefuCommand kefu;

	@Option(names = "--shop", required = true, description = "The shop's id (GET /api/v1/shops lists them).")
	long shopId;

	@Option(names = "--kind",
			description = "The files' kind, when detection should not decide: ${COMPLETION-CANDIDATES}.")
	ImportKind kind;

	@Option(names = "--skip-bad-lines", description = "Apply the good lines of a file that has rejected ones.")
	boolean skipBadLines;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
	List<Path> files = new ArrayList<>();

	@Override
	public Integer call() {
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				System.err.println(file + ": no such file");
				return 1;
			}
		}
		if (!DatabaseStartup.open()) {
			return 1;
		}
		// the summary lines are the command's output; the application's start-up log
		// would bury them
		try (ConfigurableApplicationContext context = HeadlessKefu.quiet(kefu)) {
			if (context.getBean(Shops.class).find(ShopId.of(shopId)).isEmpty()) {
				System.err.println("There is no shop " + shopId + " (GET /api/v1/shops lists them)");
				return 1;
			}
			Imports imports = context.getBean(Imports.class);
			MessageSource messages = context.getBean(MessageSource.class);
			boolean allApplied = true;
			for (Path file : files) {
				FileReport report = imports.importFile(ShopId.of(shopId), file, file.getFileName().toString(), kind,
						skipBadLines);
				System.out.println(report.summary());
				// English like the rest of the command's output, whatever the machine's
				// language: scripts read it
				report.errors().forEach(error -> System.out.println("  " + error.render(messages, Locale.ENGLISH)));
				allApplied &= report.applied();
			}
			return allApplied ? 0 : 1;
		}
	}

}
