package io.kefu.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebPortUnitTests {

	@Test
	void aPortAnotherProgramListensOnIsOneSentence() throws IOException {
		try (ServerSocket other = new ServerSocket()) {
			other.bind(new InetSocketAddress(0));
			WebPort port = new WebPort(other.getLocalPort());

			assertThat(port.unavailable()).contains("Kefu could not serve on port " + other.getLocalPort()
					+ ": another program is already listening there. Stop it, or set KEFU_PORT to a free port.");
		}
	}

	@Test
	void aFreePortIsFine() throws IOException {
		int free;
		try (ServerSocket probe = new ServerSocket(0)) {
			free = probe.getLocalPort();
		}

		assertThat(new WebPort(free).unavailable()).isEmpty();
	}

	@Test
	void thePortIsReadAsSpringReadsIt() {
		Properties none = new Properties();
		Properties property = new Properties();
		property.setProperty("server.port", "7002");

		assertThat(WebPort.configured(List.of(), none, Map.of())).contains(new WebPort(8080));
		assertThat(WebPort.configured(List.of(), none, Map.of("KEFU_PORT", "7004"))).contains(new WebPort(7004));
		assertThat(WebPort.configured(List.of(), none, Map.of("KEFU_PORT", "7004", "SERVER_PORT", "7003")))
			.contains(new WebPort(7003));
		assertThat(WebPort.configured(List.of(), property, Map.of("SERVER_PORT", "7003"))).contains(new WebPort(7002));
		assertThat(WebPort.configured(List.of("--server.port=7001"), property, Map.of())).contains(new WebPort(7001));
	}

	@Test
	void aPortSpringChoosesOrCannotReadIsNotChecked() {
		Properties none = new Properties();

		assertThat(WebPort.configured(List.of("--server.port=0"), none, Map.of())).isEmpty();
		assertThat(WebPort.configured(List.of(), none, Map.of("KEFU_PORT", "eighty"))).isEmpty();
	}

}
