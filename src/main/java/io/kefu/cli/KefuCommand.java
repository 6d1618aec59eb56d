package io.kefu.cli;

import picocli.CommandLine.Command;

@Command(name = "kefu", mixinStandardHelpOptions = true, version = "Kefu 0.1",
		description = "Customer-service operations for online shops.",
		subcommands = { ServeCommand.class, DemoCommand.class, ImportCommand.class, FiguresCommand.class,
				AppraisalCommand.class, ScriptsCommand.class, QualityCommand.class, BenchCommand.class })
class KefuCommand {

	/**
	 * The Spring Boot application the subcommands start, handed in by its {@code main}:
	 * the command line depends on no class of the application it launches.
	 */
	final Class<?> application;

	KefuCommand(Class<?> application) {
		this.application = application;
	}

}
