package io.kefu.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * One STOMP session over a java.net.http WebSocket, as a buyer's page or an agent's
 * workbench holds it. The JDK's WebSocket takes one send at a time, so frames wait in a
 * queue of their own; a heart-beat goes out when nothing else did for the agreed interval
 * ({@link #heartbeatIfIdle}, called by the owner's timer).
 */
public final class StompConnection implements WebSocket.Listener {

	/** What the owner hears from the connection, on the HTTP client's threads. */
	public interface Handler {

		void onFrame(StompConnection connection, StompFrame frame);

		/** The connection ended; {@code error} is null when it was closed on purpose. */
		void onClosed(StompConnection connection, @Nullable Throwable error);

	}

	private final Handler handler;

	private final long heartbeatNanos;

	private final CompletableFuture<StompConnection> connected = new CompletableFuture<>();

	private final AtomicInteger subscriptions = new AtomicInteger();

	private final StringBuilder incoming = new StringBuilder(512);

	private final ArrayDeque<String> outgoing = new ArrayDeque<>();

	private final Map<String, String> connectHeaders;

	private @Nullable WebSocket socket;

	private boolean sending;

	private volatile boolean closing;

	private volatile long lastSent = System.nanoTime();

	private final AtomicBoolean over = new AtomicBoolean();

	private StompConnection(Handler handler, Map<String, String> connectHeaders, Duration heartbeat) {
		this.handler = handler;
		this.connectHeaders = connectHeaders;
		this.heartbeatNanos = heartbeat.toNanos();
	}

	/**
	 * Opens the WebSocket, sends CONNECT and completes on CONNECTED; fails on an ERROR
	 * frame, a refused handshake or a timeout.
	 * @param heartbeat what the client offers both ways; zero for none
	 */
	public static CompletableFuture<StompConnection> open(HttpClient http, URI uri, Map<String, String> handshake,
			Map<String, String> connectHeaders, Duration heartbeat, Handler handler) {
		StompConnection connection = new StompConnection(handler, connectHeaders, heartbeat);
		WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
		handshake.forEach(builder::header);
		builder.buildAsync(uri, connection).whenComplete((socket, ex) -> {
			if (ex != null) {
				connection.connected.completeExceptionally(ex);
			}
		});
		return connection.connected;
	}

	@Override
	public void onOpen(WebSocket webSocket) {
		this.socket = webSocket;
		long millis = heartbeatNanos / 1_000_000;
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("accept-version", "1.2");
		headers.put("host", "localhost");
		headers.put("heart-beat", millis + "," + millis);
		headers.putAll(connectHeaders);
		write(new StompFrame("CONNECT", headers, "").encode());
		webSocket.request(1);
	}

	@Override
	public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		incoming.append(data);
		if (last) {
			String text = incoming.toString();
			incoming.setLength(0);
			received(text);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
		incoming.append(StandardCharsets.UTF_8.decode(data));
		if (last) {
			String text = incoming.toString();
			incoming.setLength(0);
			received(text);
		}
		webSocket.request(1);
		return null;
	}

	private void received(String text) {
		StompFrame.Decoded decoded;
		try {
			decoded = StompFrame.decode(text);
		}
		catch (IllegalArgumentException ex) {
			fail(ex);
			return;
		}
		for (StompFrame frame : decoded.frames()) {
			if (frame.command().equals("CONNECTED")) {
				connected.complete(this);
			}
			else if (frame.command().equals("ERROR") && !connected.isDone()) {
				connected.completeExceptionally(new IllegalStateException("ERROR frame: " + frame.header("message")));
			}
			handler.onFrame(this, frame);
		}
	}

	@Override
	public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		ended(closing ? null : new IllegalStateException("closed by the server: " + statusCode + " " + reason));
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		ended(closing ? null : error);
	}

	private void ended(@Nullable Throwable error) {
		if (!over.compareAndSet(false, true)) {
			return;
		}
		if (!connected.isDone()) {
			connected.completeExceptionally(error == null ? new IllegalStateException("closed") : error);
		}
		handler.onClosed(this, error);
	}

	/** Subscribes and returns the subscription's id. */
	public String subscribe(String destination) {
		String id = "sub-" + subscriptions.incrementAndGet();
		write(StompFrame.of("SUBSCRIBE", "id", id, "destination", destination).encode());
		return id;
	}

	/** A SEND with a JSON body and any further headers, names and values in turn. */
	public void send(String destination, String json, String... extraHeaders) {
		String[] headers = new String[4 + extraHeaders.length];
		headers[0] = "destination";
		headers[1] = destination;
		headers[2] = "content-type";
		headers[3] = "application/json";
		System.arraycopy(extraHeaders, 0, headers, 4, extraHeaders.length);
		write(StompFrame.withBody("SEND", json, headers).encode());
	}

	/** Sends a heart-beat when nothing went out for the agreed interval. */
	public void heartbeatIfIdle() {
		if (heartbeatNanos > 0 && connected.isDone() && System.nanoTime() - lastSent >= heartbeatNanos) {
			write(StompFrame.HEARTBEAT);
		}
	}

	/** Closes the WebSocket without a DISCONNECT frame, as a closed browser tab does. */
	public void close() {
		closing = true;
		WebSocket open = socket;
		if (open != null && !open.isOutputClosed()) {
			open.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((w, ex) -> open.abort());
		}
	}

	public boolean isOpen() {
		WebSocket open = socket;
		return open != null && !open.isInputClosed() && !open.isOutputClosed();
	}

	private void write(String text) {
		synchronized (outgoing) {
			if (sending) {
				outgoing.add(text);
				return;
			}
			sending = true;
		}
		transmit(text);
	}

	private void transmit(String text) {
		WebSocket open = socket;
		if (open == null || open.isOutputClosed()) {
			synchronized (outgoing) {
				outgoing.clear();
				sending = false;
			}
			return;
		}
		lastSent = System.nanoTime();
		open.sendText(text, true).whenComplete((w, ex) -> {
			if (ex != null) {
				fail(ex);
				return;
			}
			String next;
			synchronized (outgoing) {
				next = outgoing.poll();
				if (next == null) {
					sending = false;
					return;
				}
			}
			transmit(next);
		});
	}

	private void fail(Throwable error) {
		synchronized (outgoing) {
			outgoing.clear();
			sending = false;
		}
		WebSocket open = socket;
		if (open != null) {
			open.abort();
		}
		ended(closing ? null : error);
	}

}
