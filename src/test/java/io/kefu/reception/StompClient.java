package io.kefu.reception;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A STOMP client over a real WebSocket to the running test server, as the buyer's page or
 * the workbench would be: every frame received on any subscription lands in one inbox,
 * ERROR frames in another.
 */
final class StompClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

	private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

	private final List<JsonNode> taken = new ArrayList<>();

	private final WebSocketStompClient client;

	private StompSession session;

	/** Times out receipts the broker never sends ({@link #subscribeConfirmed}). */
	private final ThreadPoolTaskScheduler receipts = new ThreadPoolTaskScheduler();

	private StompClient() {
		receipts.initialize();
		client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new SimpleMessageConverter());
		client.setDefaultHeartbeat(new long[] { 0, 0 });
		client.setTaskScheduler(receipts);
	}

	/** A buyer, with their visitor token in the CONNECT frame. */
	static StompClient visitor(int port, String token) {
		StompHeaders connect = new StompHeaders();
		connect.add("token", token);
		return open(port, new WebSocketHttpHeaders(), connect);
	}

	/** A signed-in account: HTTP Basic on the WebSocket handshake. */
	static StompClient account(int port, String username, String password) {
		WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
		handshake.setBasicAuth(username, password, StandardCharsets.UTF_8);
		return open(port, handshake, new StompHeaders());
	}

	private static StompClient open(int port, WebSocketHttpHeaders handshake, StompHeaders connect) {
		StompClient stomp = new StompClient();
		stomp.client.connectAsync("ws://localhost:" + port + "/ws", handshake, connect, stomp.new Handler())
			.thenAccept(session -> stomp.session = session);
		return stomp;
	}

	StompClient awaitConnected() {
		Awaitility.await("connected")
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.failFast(() -> assertThat(errors).as("errors").isEmpty())
			.until(() -> session != null && session.isConnected());
		return this;
	}

	/**
	 * Subscribes without waiting: the server handles a session's frames in the order sent
	 * ({@code StompConfiguration}), so a message sent next finds the subscription in
	 * place.
	 */
	StompClient subscribe(String destination) {
		session.subscribe(destination, new Inbox());
		return this;
	}

	/**
	 * Subscribes and waits for the broker's RECEIPT. Through a relay the subscription is
	 * made on the external broker, which may take a message published by another
	 * connection before it; only a relayed broker sends receipts.
	 */
	StompClient subscribeConfirmed(String destination) {
		StompHeaders headers = new StompHeaders();
		headers.setDestination(destination);
		headers.setReceipt(UUID.randomUUID().toString());
		CountDownLatch received = new CountDownLatch(1);
		session.subscribe(headers, new Inbox()).addReceiptTask(received::countDown);
		try {
			assertThat(received.await(10, TimeUnit.SECONDS)).as("RECEIPT for " + destination).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		return this;
	}

	void send(String destination, Map<String, ?> body) {
		StompHeaders headers = new StompHeaders();
		headers.setDestination(destination);
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		session.send(headers, JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
	}

	/** The first frame received (now or within ten seconds) that matches. */
	JsonNode await(Predicate<JsonNode> wanted) {
		for (JsonNode seen : taken) {
			if (wanted.test(seen)) {
				taken.remove(seen);
				return seen;
			}
		}
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		try {
			while (System.nanoTime() < until) {
				JsonNode frame = inbox.poll(50, TimeUnit.MILLISECONDS);
				if (frame == null) {
					continue;
				}
				if (wanted.test(frame)) {
					return frame;
				}
				taken.add(frame);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new AssertionError("No such frame within 10 s; received " + taken);
	}

	/** The frames received until now that match, kept for later awaits. */
	List<JsonNode> receivedSoFar(Predicate<JsonNode> wanted) {
		inbox.drainTo(taken);
		return taken.stream().filter(wanted).toList();
	}

	JsonNode awaitMessage(int seq) {
		return await(frame -> "message".equals(frame.get("type").asString()) && frame.get("seq").asInt() == seq);
	}

	/** The ERROR frame's message, within ten seconds. */
	String awaitError() {
		try {
			String error = errors.poll(10, TimeUnit.SECONDS);
			if (error == null) {
				throw new AssertionError("No ERROR frame within 10 s");
			}
			return error;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@Override
	public void close() {
		try {
			if (session != null && session.isConnected()) {
				session.disconnect();
			}
		}
		catch (RuntimeException ex) {
			// the server closed it first, after an ERROR frame
		}
		client.stop();
		receipts.shutdown();
	}

	/** Every frame of a subscription lands in the one inbox. */
	private final class Inbox implements StompFrameHandler {

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			inbox.add(JSON.readTree((byte[]) payload));
		}

	}

	/** Collects ERROR frames; a refused CONNECT never completes the session. */
	private final class Handler extends StompSessionHandlerAdapter {

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			String message = headers.getFirst("message");
			errors.add(message == null ? new String((byte[]) payload, StandardCharsets.UTF_8) : message);
		}

		@Override
		public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
				Throwable exception) {
			errors.add(String.valueOf(exception));
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			errors.add("transport: " + exception);
		}

	}

}
