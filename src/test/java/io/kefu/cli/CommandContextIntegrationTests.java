package io.kefu.cli;

import io.kefu.KefuApplication;
import io.kefu.bench.FigureBench;
import io.kefu.bench.ImportBench;
import io.kefu.bench.QualityBench;
import io.kefu.reception.Messages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands ({@code import}, {@code figures}, {@code bench quality} …) run Kefu
 * without its web server: nothing may need the web's beans (the STOMP broker) to start,
 * and a {@code bench} command's measurement, registered beside Kefu as the command does
 * it, finds every bean it needs.
 */
@SpringBootTest(classes = { KefuApplication.class, FigureBench.class, QualityBench.class, ImportBench.class },
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CommandContextIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void kefuStartsWithoutItsWebServerAsTheCommandsRunIt() {
		assertThat(context.getBean(Messages.class)).isNotNull();
		assertThat(context.getBean(QualityBench.class)).isNotNull();
		assertThat(context.getBean(FigureBench.class)).isNotNull();
		assertThat(context.getBean(ImportBench.class)).isNotNull();
	}

}
