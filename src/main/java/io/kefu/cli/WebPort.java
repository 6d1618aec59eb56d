package io.kefu.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The port the web server is about to listen on, tried before anything else starts: a
 * port another program holds is one sentence at once, not a stack trace after the
 * database has started.
 */
record WebPort(int number) {

	private static final String ARGUMENT = "--server.port=";

	/**
	 * The port as Spring will read it: a {@code --server.port} argument, the system
	 * property, {@code SERVER_PORT}, then {@code KEFU_PORT} (application.properties),
	 * else 8080. Empty when it is not a fixed number (Spring then says what is wrong).
	 */
	static Optional<WebPort> configured(List<String> arguments, Properties system, Map<String, String> env) {
		Optional<String> value = arguments.stream()
			.filter(argument -> argument.startsWith(ARGUMENT))
			.map(argument -> argument.substring(ARGUMENT.length()))
			.reduce((first, last) -> last)
			.or(() -> Optional.ofNullable(system.getProperty("server.port")))
			.or(() -> Optional.ofNullable(env.get("SERVER_PORT")))
			.or(() -> Optional.ofNullable(env.get("KEFU_PORT")));
		try {
			int port = Integer.parseInt(value.orElse("8080").strip());
			return port > 0 && port <= 65535 ? Optional.of(new WebPort(port)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Why Kefu cannot listen on the port, if it cannot. */
	Optional<String> unavailable() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(number));
			return Optional.empty();
		}
		catch (BindException ex) {
			return Optional
				.of(String.valueOf(ex.getMessage()).contains("in use") ? inUse() : "Kefu could not serve on port "
						+ number + ": " + ex.getMessage() + ". Set KEFU_PORT to another port.");
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	String inUse() {
		return "Kefu could not serve on port " + number + ": another program is already listening there. "
				+ "Stop it, or set KEFU_PORT to a free port.";
	}

}
