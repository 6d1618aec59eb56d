package io.kefu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.kefu.analytics.FigureBenchmark;
import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoVolume;
import io.kefu.ingest.ImportBenchmark;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

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

	@Parameters(index = "0", description = "What to measure: imports or figures.")
	String what;

	@Option(names = "--orders", defaultValue = "1000000", description = "Rows of the generated order report.")
	int orders;

	@Option(names = "--messages", defaultValue = "2000000", description = "Messages of the generated chat file.")
	int messages;

	@Option(names = "--scale", defaultValue = "50",
			description = "figures: the demo shop's scale when the database has no demo shop yet.")
	int scale;

	@Override
	public Integer call() throws Exception {
		if (!"imports".equals(what) && !"figures".equals(what)) {
			System.err.println("Unknown benchmark '" + what + "'; try: imports, figures");
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
			if ("figures".equals(what)) {
				return figures(context);
			}
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

	/**
	 * Figures of the demo shop, generated at the scale asked for when the database has
	 * none.
	 */
	private int figures(ConfigurableApplicationContext context) {
		Shops shops = context.getBean(Shops.class);
		Shop shop = shops.findByName(DemoShop.NAME).orElseGet(() -> {
			System.out.println("Generating the demo shop at scale " + scale + " (a few minutes)...");
			Clock clock = Clock.system(Shop.DEFAULT_ZONE);
			context.getBean(DemoShop.class)
				.generate(new DemoVolume(scale, 20261122, 30, LocalDate.now(clock), clock.instant()));
			return shops.findByName(DemoShop.NAME).orElseThrow();
		});
		FigureBenchmark.Result r = context.getBean(FigureBenchmark.class).run(shop.id().value());
		System.out.printf("%s, %s to %s: %d messages, %d orders, %d receptions%n", shop.name(), r.from(), r.to(),
				r.messages(), r.orders(), r.receptions());
		System.out.printf("%-44s %9s%n", "measure", "seconds");
		System.out.printf("%-44s %9.2f  (%.0f messages/s, peak heap %.0f MB)%n", "full recompute of every day",
				r.fullSeconds(), r.messages() / r.fullSeconds(), r.peakHeapBytes() / 1e6);
		System.out.printf("%-44s %9.3f%n", "recompute of one day (median of 3)", r.daySeconds());
		System.out.printf("%-44s %9.3f%n", "team figures of the range (median of 5)", r.teamSeconds());
		System.out.printf("%-44s %9.2f%n", "SQL baseline (receptions, responses, sales)", r.sqlSeconds());
		System.out.printf("full recompute / SQL baseline: %.2f%n", r.fullSeconds() / r.sqlSeconds());
		if (r.disagreements().isEmpty()) {
			System.out.println("The SQL baseline agrees with the facts for every agent.");
			return 0;
		}
		System.out.println("The SQL baseline disagrees with the facts:");
		r.disagreements().forEach(line -> System.out.println("  " + line));
		return 1;
	}

}
