package io.kefu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.kefu.bench.AppraisalBench;
import io.kefu.bench.ArchiveBench;
import io.kefu.bench.ChatBench;
import io.kefu.bench.FigureBench;
import io.kefu.bench.FollowupBench;
import io.kefu.bench.ImportBench;
import io.kefu.bench.QualityBench;
import io.kefu.bench.RosterBench;
import io.kefu.bench.load.LoadPlan;
import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoVolume;
import io.kefu.reception.ChatSettings;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Benchmarks against the configured database: 'imports' times order and chat imports, "
				+ "'figures' the service figures, 'quality' the inspection rules on the demo shop, 'followups' the payment "
				+ "reminders a day's orders open, 'appraisal' a month of 200 agents appraised, 'chat' live chat under N buyers beside a bare STOMP echo; 'archive' archive searches over a million messages; "
				+ "'roster' solves a month's roster for 8, 30 and 100 agents and needs no database.")
class BenchCommand implements Callable<Integer> {

	@ParentCommand
	KefuCommand kefu;

	@Parameters(index = "0",
			description = "What to measure: imports, figures, quality, followups, appraisal, chat or roster "
					+ "(chat-client is the load client that chat starts in a JVM of its own).")
	String what;

	@Option(names = "--orders", defaultValue = "1000000", description = "Rows of the generated order report.")
	int orders;

	@Option(names = "--messages", defaultValue = "2000000", description = "Messages of the generated chat file.")
	int messages;

	@Option(names = "--agents", split = ",",
			description = "appraisal: agents of the bench shop (200); roster: the roster sizes, one solve each (8,30,100).")
	List<Integer> agents;

	@Option(names = "--limits", split = ",", defaultValue = "10s,60s", converter = DurationConverter.class,
			description = "roster: when the best score is read; the longest ends each solve.")
	List<Duration> limits;

	@Option(names = "--repeat", defaultValue = "1", description = "roster: solves per size, the worst reported.")
	int repeat;

	@Option(names = "--scale", defaultValue = "50",
			description = "figures, quality: the demo shop's scale when the database has no demo shop yet.")
	int scale;

	@Option(names = "--buyers", split = ",", defaultValue = "1000,5000",
			description = "chat: the numbers of buyers connected at once, one run each.")
	List<Integer> buyers;

	@Option(names = "--arrivals", defaultValue = "50",
			description = "chat: buyers arriving a second until all are there (each opens a conversation).")
	int arrivals;

	@Option(names = "--interval", defaultValue = "3s", converter = DurationConverter.class,
			description = "chat: how often each buyer sends a message (give or take a fifth).")
	Duration interval;

	@Option(names = "--warmup", defaultValue = "20s", converter = DurationConverter.class,
			description = "chat: how long the buyers talk before the measuring starts.")
	Duration warmup;

	@Option(names = "--duration", defaultValue = "60s", converter = DurationConverter.class,
			description = "chat: how long is measured.")
	Duration duration;

	@Option(names = "--cap", defaultValue = "50",
			description = "chat: buyers an agent serves at once; the bench shop gets buyers/cap agents.")
	int cap;

	@Option(names = "--client-heap", defaultValue = "1g", description = "chat: the load client JVM's -Xmx.")
	String clientHeap;

	@Option(names = "--targets", split = ",", defaultValue = "echo,kefu",
			description = "chat: what to drive: echo (the floor), kefu, or both.")
	Set<String> targets;

	@Option(names = "--plan", description = "chat-client: the run's plan (JSON), written by 'bench chat'.")
	Path plan;

	@Override
	public Integer call() throws Exception {
		if ("chat-client".equals(what)) {
			return chatClient();
		}
		if ("roster".equals(what)) {
			return roster();
		}
		if (!Set.of("imports", "figures", "quality", "followups", "appraisal", "chat", "archive").contains(what)) {
			System.err.println("Unknown benchmark '" + what
					+ "'; try: imports, figures, quality, followups, appraisal, chat, roster, archive");
			return 1;
		}
		if ("chat".equals(what) && !Set.of("echo", "kefu").containsAll(targets)) {
			System.err.println("--targets takes echo, kefu or both");
			return 1;
		}
		if ("chat".equals(what) && (buyers.stream().anyMatch(n -> n < 1) || arrivals < 1 || cap < 1
				|| cap > ChatSettings.MAX_CAP || interval.isNegative() || interval.isZero())) {
			System.err.println(
					"--buyers must be positive, --cap 1 to " + ChatSettings.MAX_CAP + " and --interval more than zero");
			return 1;
		}
		if (!DatabaseStartup.open()) {
			return 1;
		}
		if ("chat".equals(what)) {
			return new ChatBench(kefu.application,
					new ChatBench.Settings(buyers, arrivals, interval, warmup, duration, cap, clientHeap,
							targets.stream()
								.map(t -> LoadPlan.Target.valueOf(t.toUpperCase(Locale.ROOT)))
								.collect(Collectors.toSet())),
					System.out)
				.run();
		}
		Path workDir = Files.createTempDirectory("kefu-bench");
		// the one measurement this run needs is a bean of the headless context; the
		// server has none
		Class<?> bench = switch (what) {
			case "figures" -> FigureBench.class;
			case "quality" -> QualityBench.class;
			case "followups" -> FollowupBench.class;
			case "appraisal" -> AppraisalBench.class;
			case "archive" -> ArchiveBench.class;
			default -> ImportBench.class;
		};
		try (ConfigurableApplicationContext context = HeadlessKefu.quiet(kefu, bench)) {
			if ("figures".equals(what)) {
				return figures(context);
			}
			if ("quality".equals(what)) {
				return quality(context);
			}
			if ("followups".equals(what)) {
				return followups(context);
			}
			if ("appraisal".equals(what)) {
				return appraisal(context);
			}
			if ("archive".equals(what)) {
				return archive(context);
			}
			List<ImportBench.Measurement> results = context.getBean(ImportBench.class).run(orders, messages, workDir);
			System.out.printf("%-28s %10s %10s %9s %12s %9s %10s %9s%n", "file", "MB", "rows", "seconds", "rows/s",
					"cat s", "import/cat", "peak MB");
			for (ImportBench.Measurement m : results) {
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
	 * 100,000 orders unless --orders says otherwise; two runs, the second on a fuller
	 * database.
	 */
	private int followups(ConfigurableApplicationContext context) throws InterruptedException {
		int count = orders == 1_000_000 ? 100_000 : orders;
		System.out.printf("%8s %12s %12s %12s %10s%n", "run", "orders", "store s", "open s", "open/store");
		for (int run = 1; run <= 2; run++) {
			FollowupBench.Result r = context.getBean(FollowupBench.class).run(count);
			System.out.printf("%8d %12d %12.2f %12.2f %10.2f%n", run, r.orders(), r.storeSeconds(), r.openSeconds(),
					r.ratio());
			if (r.opened() != r.orders()) {
				System.err.println("Only " + r.opened() + " of " + r.orders() + " reminders opened");
				return 1;
			}
		}
		return 0;
	}

	/**
	 * A million messages unless --messages says otherwise (its default, two million, is
	 * the chat file's); the archive's searches beside the same searches as a SQL scan.
	 */
	private int archive(ConfigurableApplicationContext context) {
		int count = messages == 2_000_000 ? 1_000_000 : messages;
		ArchiveBench.Result r = context.getBean(ArchiveBench.class).run(count);
		System.out.printf("stored %d messages in %.1f s (%.0f/s); indexed in %.1f s (%.0f/s)%n", r.messages(),
				r.storeSeconds(), r.messages() / r.storeSeconds(), r.indexSeconds(), r.messages() / r.indexSeconds());
		System.out.printf("%-22s %10s %10s %10s %10s %10s%n", "search", "found", "median ms", "worst ms", "sql ms",
				"sql/median");
		for (ArchiveBench.Timing t : r.timings()) {
			System.out.printf("%-22s %10d %10.1f %10.1f %10.1f %10.1f%n", t.search(), t.total(), t.medianMs(),
					t.worstMs(), t.sqlMs(), t.ratio());
		}
		return 0;
	}

	/** Two runs, the second on a fuller database. */
	private int appraisal(ConfigurableApplicationContext context) {
		System.out.printf("%8s %8s %14s %14s %14s %10s%n", "run", "agents", "appraise s", "worst s", "figures s",
				"ratio");
		for (int run = 1; run <= 2; run++) {
			AppraisalBench.Result r = context.getBean(AppraisalBench.class)
				.run(agents == null || agents.isEmpty() ? 200 : agents.get(0));
			System.out.printf("%8d %8d %14.4f %14.4f %14.4f %10.1f%n", run, r.agents(), r.appraiseMedian(),
					r.appraiseWorst(), r.figuresMedian(), r.ratio());
		}
		return 0;
	}

	/** The solver alone, no Spring and no database. */
	private int roster() {
		RosterBench.Settings settings;
		try {
			settings = new RosterBench.Settings(agents == null ? List.of(8, 30, 100) : agents, limits, repeat);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		List<RosterBench.Measurement> measurements = new RosterBench(settings).run(System.out);
		RosterBench.print(measurements, settings, System.out);
		if (measurements.stream().allMatch(RosterBench.Measurement::feasible)) {
			return 0;
		}
		System.err.println("A roster still breaks a hard rule at the longest limit.");
		return 1;
	}

	private int chatClient() throws Exception {
		if (plan == null) {
			System.err.println("chat-client needs --plan FILE (bench chat writes it)");
			return 1;
		}
		ChatBench.loadClient(plan);
		return 0;
	}

	/** "3s", "500ms", "2m" or ISO-8601 ("PT3S"). */
	static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

		@Override
		public Duration convert(String value) {
			return DurationStyle.detectAndParse(value);
		}

	}

	/**
	 * Figures of the demo shop, generated at the scale asked for when the database has
	 * none.
	 */
	private int figures(ConfigurableApplicationContext context) {
		Shop shop = demoShop(context);
		FigureBench.Result r = context.getBean(FigureBench.class).run(shop.id().value());
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

	private Shop demoShop(ConfigurableApplicationContext context) {
		Shops shops = context.getBean(Shops.class);
		return shops.findByName(DemoShop.NAME).orElseGet(() -> {
			System.out.println("Generating the demo shop at scale " + scale + " (a few minutes)...");
			Instant now = context.getBean(Clock.class).instant();
			context.getBean(DemoShop.class)
				.generate(new DemoVolume(scale, 20261122, 30, LocalDate.ofInstant(now, Shop.DEFAULT_ZONE), now));
			return shops.findByName(DemoShop.NAME).orElseThrow();
		});
	}

	/**
	 * The inspection rules over the demo shop's receptions: the engine with its automaton
	 * beside the same engine with a loop of indexOf per word, in the same run.
	 */
	private int quality(ConfigurableApplicationContext context) {
		Shop shop = demoShop(context);
		QualityBench.Result r = context.getBean(QualityBench.class).run(shop.id().value(), 5);
		System.out.printf("%s: %d receptions, %d messages (%d by agents); read and cut in %.1f s%n", shop.name(),
				r.receptions(), r.messages(), r.agentMessages(), r.loadSeconds());
		System.out.printf("%-34s %12s %14s %16s%n", "engine (median of 5)", "seconds", "receptions/s",
				"matching share");
		System.out.printf("%-34s %12.3f %14.0f %15.0f%%%n", "Aho-Corasick automaton", r.automatonSeconds(),
				r.receptionsPerSecond(), 100 * r.automatonMatchingSeconds() / r.automatonSeconds());
		System.out.printf("%-34s %12.3f %14.0f %15.0f%%%n", "baseline: indexOf loop per word", r.naiveSeconds(),
				r.naiveReceptionsPerSecond(), 100 * r.naiveMatchingSeconds() / r.naiveSeconds());
		System.out.printf("automaton / baseline speed: %.2f; average score %.1f%n",
				r.naiveSeconds() / r.automatonSeconds(), r.averageScore());
		System.out.println("hits per 100 receptions: " + r.hitsPer100());
		System.out.printf("stored inspection of the figures' %d receptions (read, inspect, write): %.2f s, %.0f/s%n",
				r.storedReceptions(), r.storedSeconds(), r.storedReceptions() / r.storedSeconds());
		if (r.disagreements() == 0) {
			System.out.println("Both engines give the same inspection for every reception.");
			return 0;
		}
		System.out.println("The engines disagree on " + r.disagreements() + " receptions.");
		return 1;
	}

}
