package io.kefu;

import io.kefu.quality.QualityBenchmark;
import io.kefu.reception.Messages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands ({@code import}, {@code figures}, {@code bench quality} …) run Kefu
 * without its web server: nothing may need the web's beans (the STOMP broker) to start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CommandContextIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void kefuStartsWithoutItsWebServerAsTheCommandsRunIt() {
		assertThat(context.getBean(QualityBenchmark.class)).isNotNull();
		assertThat(context.getBean(Messages.class)).isNotNull();
	}

}
