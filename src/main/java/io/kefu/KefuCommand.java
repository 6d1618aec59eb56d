package io.kefu;

import picocli.CommandLine.Command;

@Command(name = "kefu", mixinStandardHelpOptions = true, version = "Kefu 0.1",
		description = "Customer-service operations for online shops.",
		subcommands = { ServeCommand.class, DemoCommand.class, ImportCommand.class, FiguresCommand.class,
				ScriptsCommand.class, QualityCommand.class, BenchCommand.class })
class KefuCommand {

}
