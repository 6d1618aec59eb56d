package io.kefu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.kefu.ingest.ImportBenchmark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Benchmarks against the configured database; 'imports' times order and chat imports.")
class BenchCommand implements Callable<Integer> {

	@Parameters(index = "0", description = "What to measure: imports.")
	String what;

	@Option(names = "--orders", defaultValue = "1000000", description = "Rows of the generated order report.")
	int orders;

	@Option(names = "--messages", defaultValue = "2000000", description = "Messages of the generated chat file.")
	int messages;

	@Override
	public Integer call() throws Exception {
		if (!"imports".equals(what)) {
			System.err.println("Unknown benchmark '" + what + "'; try: imports");
			return 1;
		}
		if (!DatabaseStartup.open()) {
			return 1;
		}
		SpringApplication application = new SpringApplication(KefuApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		Path workDir = Files.createTempDirectory("kefu-bench");
		try (ConfigurableApplicationContext context = application.run("--kefu.demo.enabled=false",
				"--logging.level.root=WARN", "--spring.main.log-startup-info=false")) {
			List<ImportBenchmark.Measurement> results = context.getBean(ImportBenchmark.class)
				.run(orders, messages, workDir);
			System.out.printf("%-28s %10s %10s %9s %12s %9s %10s %9s%n", "file", "MB", "rows", "seconds", "rows/s",
					"cat s", "import/cat", "peak MB");
			for (ImportBenchmark.Measurement m : results) {
				System.out.printf("%-28s %10.1f %10d %9.2f %12.0f %9.3f %10.1f %9.0f%n", m.file(), m.bytes() / 1e6,
						m.rows(), m.seconds(), m.rowsPerSecond(), m.catSeconds(), m.seconds() / m.catSeconds(),
						m.peakHeapBytes() / 1e6);
				System.out.println("  " + m.report().summary());
			}
			return 0;
		}
		finally {
			FileSystemUtils.deleteRecursively(workDir);
		}
	}

}
