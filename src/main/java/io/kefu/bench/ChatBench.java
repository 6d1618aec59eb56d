package io.kefu.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import io.kefu.bench.echo.EchoFloor;
import io.kefu.bench.load.LatencySamples;
import io.kefu.bench.load.LoadPlan;
import io.kefu.bench.load.LoadResult;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench chat}: the echo floor, then Kefu, each started in this process on a free
 * port and driven by the same load client (a JVM of its own) with the same numbers of
 * buyers and the same interval; prints one row per target and number of buyers, and the
 * ratio of Kefu's p99 to the floor's.
 */
public final class ChatBench {

	/** What every run shares. */
	public record Settings(List<Integer> buyers, int arrivals, Duration interval, Duration warmup, Duration duration,
			int cap, String clientHeap, Set<LoadPlan.Target> targets) {
	}

	record Row(LoadResult client, ServerGauge.Reading server) {
	}

	private static final int UNLIMITED = Integer.MAX_VALUE;

	private final Class<?> application;

	private final Settings settings;

	private final PrintStream out;

	/**
	 * @param application Kefu's Spring Boot application, started on a free port; its
	 * {@code main} also runs the load client
	 */
	public ChatBench(Class<?> application, Settings settings, PrintStream out) {
		this.application = application;
		this.settings = settings;
		this.out = out;
	}

	public int run() throws IOException, InterruptedException {
		List<Row> rows = new ArrayList<>();
		out.printf(
				"%d cores, load average %.2f; %d buyers arriving a second, a message every %s, warm-up %s, "
						+ "measured %s%n",
				Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				settings.arrivals(), settings.interval(), settings.warmup(), settings.duration());
		if (settings.targets().contains(LoadPlan.Target.ECHO)) {
			rows.addAll(echoFloor());
		}
		if (settings.targets().contains(LoadPlan.Target.KEFU)) {
			rows.addAll(kefu());
		}
		print(rows);
		return 0;
	}

	/**
	 * The load client's side ({@code bench chat-client}, in the JVM that {@link #run()}
	 * starts): runs the plan written there and prints the result for it to read.
	 */
	public static void loadClient(Path plan) throws IOException, InterruptedException {
		LoadClientProcess.client(plan, System.out);
	}

	private List<Row> echoFloor() throws IOException, InterruptedException {
		List<Row> rows = new ArrayList<>();
		try (ConfigurableApplicationContext floor = EchoFloor.start()) {
			int port = EchoFloor.port(floor);
			for (int buyers : settings.buyers()) {
				out.printf("echo floor, %d buyers...%n", buyers);
				List<LoadPlan.AgentLogin> agents = LongStream.rangeClosed(1, agentsFor(buyers))
					.mapToObj(id -> new LoadPlan.AgentLogin(id, "echo" + id, ""))
					.toList();
				rows.add(measure(plan(LoadPlan.Target.ECHO, port, 0, buyers, agents)));
			}
		}
		return rows;
	}

	private List<Row> kefu() throws IOException, InterruptedException {
		List<Row> rows = new ArrayList<>();
		try (ConfigurableApplicationContext kefu = startKefu()) {
			int port = ((WebServerApplicationContext) kefu).getWebServer().getPort();
			for (int buyers : settings.buyers()) {
				out.printf("Kefu, %d buyers: opening a bench shop...%n", buyers);
				ChatBenchShop.Opened shop = ChatBenchShop.open(kefu, buyers, settings.cap());
				rows.add(measure(plan(LoadPlan.Target.KEFU, port, shop.shopId(), buyers, shop.agents())));
			}
		}
		return rows;
	}

	private int agentsFor(int buyers) {
		return (buyers + settings.cap() - 1) / settings.cap();
	}

	private LoadPlan plan(LoadPlan.Target target, int port, long shopId, int buyers, List<LoadPlan.AgentLogin> agents) {
		return new LoadPlan(target, "http://127.0.0.1:" + port, shopId, buyers, agents, settings.arrivals(),
				settings.interval().toMillis(), settings.warmup().toMillis(), settings.duration().toMillis(), 10_000);
	}

	private Row measure(LoadPlan plan) throws IOException, InterruptedException {
		LoadClientProcess.Measured measured = LoadClientProcess.run(application, plan, settings.clientHeap());
		Row row = new Row(measured.client(), measured.server());
		out.println("  " + line(row));
		return row;
	}

	/**
	 * Kefu's web server against the configured database, as {@code serve} starts it but
	 * on a free port, without the demo shop, with room for the connections, and without
	 * the limits per client address: every buyer of the load client comes from 127.0.0.1.
	 */
	private ConfigurableApplicationContext startKefu() {
		SpringApplication kefu = new SpringApplication(application);
		kefu.setWebApplicationType(WebApplicationType.SERVLET);
		return kefu.run("--server.port=0", "--kefu.demo.enabled=false", "--logging.level.root=WARN",
				"--spring.main.log-startup-info=false", "--server.tomcat.max-connections=20000",
				"--kefu.chat.broker=simple", "--kefu.chat.visitors.sessions-per-address=" + UNLIMITED,
				"--kefu.chat.visitors.queued-per-address=" + UNLIMITED);
	}

	private void print(List<Row> rows) {
		out.println();
		out.printf("%6s %-5s %9s %9s %9s %9s %9s %9s %9s %7s %7s %8s %7s%n", "N", "target", "msgs/s", "hop p50",
				"hop p99", "hop max", "ans p50", "ans p99", "ans max", "CPU", "heap MB", "machine", "errors");
		rows.forEach(row -> out.println(line(row)));
		out.println("(hop: buyer sends → agent hears; ans: buyer sends → buyer hears the answer; ms on the client's "
				+ "clock. CPU: the server's cores busy; machine: all processes', PostgreSQL and the client included)");
		for (int buyers : settings.buyers()) {
			Row echo = find(rows, LoadPlan.Target.ECHO, buyers);
			Row kefu = find(rows, LoadPlan.Target.KEFU, buyers);
			if (echo != null && kefu != null) {
				out.printf("N=%d: p99 Kefu / echo floor: hop %.1f, answer %.1f%n", buyers,
						ratio(kefu.client().toAgent(), echo.client().toAgent()),
						ratio(kefu.client().answered(), echo.client().answered()));
			}
		}
	}

	static String line(Row row) {
		LoadResult c = row.client();
		return String.format("%6d %-5s %9.0f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %7.2f %7.0f %8.2f %7d", c.buyers(),
				c.target().name().toLowerCase(java.util.Locale.ROOT), c.deliveredPerSecond(), c.toAgent().p50(),
				c.toAgent().p99(), c.toAgent().max(), c.answered().p50(), c.answered().p99(), c.answered().max(),
				row.server().cpuCores(), row.server().peakHeapBytes() / 1e6, row.server().machineCores(), c.errors())
				+ details(c, row.server());
	}

	private static String details(LoadResult c, ServerGauge.Reading server) {
		return String.format(
				"   [%d/%d buyers, %d agents connected; %d sent, %d unanswered, %d failed to connect, "
						+ "%d dropped, %d ERROR frames, refused %s; client CPU %.2f; load average %.1f]",
				c.buyersConnected(), c.buyers(), c.agentsConnected(), c.sent(), c.unanswered(), c.connectFailures(),
				c.dropped(), c.errorFrames(), c.refused(), c.clientCpuCores(), server.loadAverage());
	}

	private static Row find(List<Row> rows, LoadPlan.Target target, int buyers) {
		return rows.stream()
			.filter(row -> row.client().target() == target && row.client().buyers() == buyers)
			.findFirst()
			.orElse(null);
	}

	private static double ratio(LatencySamples.Summary kefu, LatencySamples.Summary echo) {
		return echo.p99() == 0 ? Double.NaN : kefu.p99() / echo.p99();
	}

}
