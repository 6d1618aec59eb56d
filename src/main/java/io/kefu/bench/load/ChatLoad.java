package io.kefu.bench.load;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Runs one {@link LoadPlan}: connects the agents, then the buyers at the plan's arrival
 * rate (at most {@value #CONNECTING} connecting at a time), each buyer sending from the
 * moment it is connected; waits out the warm-up, measures, stops sending, waits for the
 * answers still on their way and closes everything. It says {@code MEASURING} and
 * {@code MEASURED} as the window opens and closes, so that whoever watches the server can
 * measure it over the same window.
 */
public final class ChatLoad {

	static final String QUESTION = "在吗？这款台灯有货吗 #";

	static final String ANSWER = "亲，有货的哦 #";

	static final int CONNECTING = 64;

	static final int CONNECTIONS_PER_CLIENT = 1_000;

	/** The client's clock starts here, so that every time on it is positive. */
	private static final long ORIGIN = System.nanoTime();

	private final LoadPlan plan;

	private final ChatTarget target;

	private final Consumer<String> say;

	private final Tally tally = new Tally();

	private final Queue<StompConnection> connections = new ConcurrentLinkedQueue<>();

	private final ExecutorService callbacks = Executors.newFixedThreadPool(4, daemon("load-io"));

	private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("load-timer"));

	private final List<HttpClient> clients = new ArrayList<>();

	private final AtomicInteger nextClient = new AtomicInteger();

	private volatile boolean sending = true;

	private volatile boolean finished;

	private ChatLoad(LoadPlan plan, Consumer<String> say) {
		this.plan = plan;
		this.target = ChatTarget.of(plan);
		this.say = say;
		int needed = (plan.buyers() + plan.agents().size()) / CONNECTIONS_PER_CLIENT + 1;
		for (int i = 0; i < needed; i++) {
			clients.add(HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(30))
				.executor(callbacks)
				.build());
		}
	}

	/** Runs the plan and reports on it; {@code say} hears the progress lines. */
	public static LoadResult run(LoadPlan plan, Consumer<String> say) throws InterruptedException {
		ChatLoad load = new ChatLoad(plan, say);
		try {
			return load.run();
		}
		finally {
			load.shutDown();
		}
	}

	private LoadResult run() throws InterruptedException {
		int agents = connectAgents();
		say.accept("agents connected: " + agents + " of " + plan.agents().size());
		int buyers = connectBuyers();
		say.accept("buyers connected: " + buyers + " of " + plan.buyers());
		timers.scheduleAtFixedRate(this::heartbeats, 1, 1, TimeUnit.SECONDS);
		Thread.sleep(plan.warmupMillis());
		long cpuBefore = processCpuNanos();
		long start = clock();
		tally.openWindow(start);
		say.accept("MEASURING");
		Thread.sleep(plan.durationMillis());
		long end = clock();
		tally.closeWindow(end);
		double cpuCores = (processCpuNanos() - cpuBefore) / (double) (end - start);
		say.accept("MEASURED");
		sending = false;
		awaitAnswers(Duration.ofSeconds(15));
		finished = true;
		return new LoadResult(plan.target(), plan.buyers(), plan.agents().size(), buyers, agents, tally.windowSeconds(),
				tally.sent.sum(), tally.delivered.sum(), tally.toAgent.summary(), tally.answered.summary(),
				Math.max(0, tally.sent.sum() - tally.answers.sum()), tally.connectFailures.sum(), tally.dropped.sum(),
				tally.errorFrames.sum(), tally.refusedByCode(), cpuCores);
	}

	private int connectAgents() throws InterruptedException {
		List<CompletableFuture<StompConnection>> opened = new ArrayList<>();
		for (LoadPlan.AgentLogin agent : plan.agents()) {
			opened.add(
					StompConnection
						.open(client(), target.webSocket(), target.agentHandshake(agent), Map.of(),
								Duration.ofMillis(plan.heartbeatMillis()), new AgentDesk(agent))
						.thenApply(connection -> {
							target.agentTopics(agent).forEach(connection::subscribe);
							return connection;
						}));
		}
		return settled(opened);
	}

	private int connectBuyers() throws InterruptedException {
		Semaphore connecting = new Semaphore(CONNECTING);
		List<CompletableFuture<StompConnection>> opened = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < plan.buyers(); i++) {
			long due = start + i * 1_000_000_000L / plan.arrivalsPerSecond();
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			connecting.acquire();
			HttpClient http = client();
			CompletableFuture<StompConnection> buyer = target.buyer(http, i)
				.thenCompose(identity -> StompConnection
					.open(http, target.webSocket(), Map.of(), identity.connectHeaders(),
							Duration.ofMillis(plan.heartbeatMillis()), new BuyerPage())
					.thenApply(connection -> {
						identity.topics().forEach(connection::subscribe);
						// the first message comes at any moment of the first interval
						next(connection, identity,
								ThreadLocalRandom.current().nextLong(Math.max(1, plan.intervalMillis())));
						return connection;
					}))
				.orTimeout(60, TimeUnit.SECONDS);
			buyer.whenComplete((connection, ex) -> connecting.release());
			opened.add(buyer);
		}
		return settled(opened);
	}

	/**
	 * Waits for every connection attempt; counts the failed ones and keeps the others.
	 */
	private int settled(List<CompletableFuture<StompConnection>> opened) throws InterruptedException {
		int connected = 0;
		for (CompletableFuture<StompConnection> attempt : opened) {
			try {
				connections.add(attempt.get(90, TimeUnit.SECONDS));
				connected++;
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
				tally.connectFailures.increment();
				if (tally.connectFailures.sum() <= 3) {
					say.accept("could not connect: " + ex.getCause());
				}
			}
		}
		return connected;
	}

	private void next(StompConnection connection, ChatTarget.Buyer buyer, long delayMillis) {
		if (!sending) {
			return;
		}
		timers.schedule(() -> {
			if (!sending || !connection.isOpen()) {
				return;
			}
			long stamp = clock();
			target.buyerSends(connection, buyer, "m" + stamp, QUESTION + stamp);
			tally.sent(stamp);
			long interval = plan.intervalMillis();
			next(connection, buyer, interval * 4 / 5 + ThreadLocalRandom.current().nextLong(interval * 2 / 5 + 1));
		}, delayMillis, TimeUnit.MILLISECONDS);
	}

	private void heartbeats() {
		for (StompConnection connection : connections) {
			connection.heartbeatIfIdle();
		}
	}

	private void awaitAnswers(Duration atMost) throws InterruptedException {
		long until = clock() + atMost.toNanos();
		while (tally.answers.sum() < tally.sent.sum() && clock() < until) {
			Thread.sleep(100);
		}
	}

	private void shutDown() {
		sending = false;
		finished = true;
		timers.shutdownNow();
		connections.forEach(StompConnection::close);
		callbacks.shutdown();
	}

	private HttpClient client() {
		return clients.get(Math.floorMod(nextClient.getAndIncrement(), clients.size()));
	}

	private void received(StompFrame frame, long now) {
		if (frame.command().equals("MESSAGE")) {
			tally.delivered(now);
		}
		else if (frame.command().equals("ERROR")) {
			tally.errorFrames.increment();
		}
	}

	private void closed(@Nullable Throwable error) {
		if (error != null && !finished) {
			tally.dropped.increment();
		}
	}

	/** Nanoseconds on the client's clock. */
	static long clock() {
		return System.nanoTime() - ORIGIN;
	}

	/** A message's send time, written after the last {@code #} of its text. */
	static long stampOf(String content) {
		int hash = content.lastIndexOf('#');
		if (hash < 0) {
			return -1;
		}
		try {
			return Long.parseLong(content, hash + 1, content.length(), 10);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static @Nullable JsonNode message(StompFrame frame) {
		if (!frame.command().equals("MESSAGE") || frame.body().isEmpty()) {
			return null;
		}
		return ChatTarget.JSON.readTree(frame.body());
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? "" : value.asString();
	}

	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * A connection of the load: counts what it receives, tallies refusals, and hands the
	 * chat messages to its side.
	 */
	private abstract class Listener implements StompConnection.Handler {

		@Override
		public void onFrame(StompConnection connection, StompFrame frame) {
			long now = clock();
			received(frame, now);
			JsonNode body = message(frame);
			if (body == null) {
				return;
			}
			String type = text(body, "type");
			if (type.equals("error")) {
				tally.refused(text(body, "code"));
			}
			else if (type.equals("message") && text(body, "kind").equals("TEXT")) {
				long stamp = stampOf(text(body, "content"));
				if (stamp >= 0) {
					heard(connection, body, text(body, "direction"), stamp, now);
				}
			}
		}

		@Override
		public void onClosed(StompConnection connection, @Nullable Throwable error) {
			closed(error);
		}

		/** A stamped text message the connection heard. */
		abstract void heard(StompConnection connection, JsonNode body, String direction, long stamp, long now);

	}

	/** A buyer's page: hears its own messages, the welcome and the agent's answers. */
	private final class BuyerPage extends Listener {

		@Override
		void heard(StompConnection connection, JsonNode body, String direction, long stamp, long now) {
			if (direction.equals("OUT")) {
				tally.answerHeard(stamp, now);
			}
		}

	}

	/** An agent's workbench: answers every buyer message it hears, at once. */
	private final class AgentDesk extends Listener {

		private final LoadPlan.AgentLogin agent;

		AgentDesk(LoadPlan.AgentLogin agent) {
			this.agent = agent;
		}

		@Override
		void heard(StompConnection connection, JsonNode body, String direction, long stamp, long now) {
			if (direction.equals("IN")) {
				tally.heardByAgent(stamp, now);
				target.agentAnswers(connection, agent, body,
						"r" + text(body, "conversationId") + "-" + text(body, "clientId"), ANSWER + stamp);
			}
		}

	}

}
