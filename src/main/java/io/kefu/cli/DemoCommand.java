package io.kefu.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoSummary;
import io.kefu.demo.DemoVolume;
import io.kefu.shop.Shop;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Generate the demo shop into the configured database.")
class DemoCommand implements Callable<Integer> {

	@ParentCommand
	KefuCommand kefu;

	@Option(names = "--scale", defaultValue = "1",
			description = "Times the normal volume (50 gives over a million messages).")
	int scale;

	@Option(names = "--seed", defaultValue = "20261122", description = "Same seed, same shop.")
	long seed;

	@Option(names = "--days", defaultValue = "30", description = "Business days of history, ending today.")
	int days;

	@Override
	public Integer call() {
		if (!DatabaseStartup.open()) {
			return 1;
		}
		try (ConfigurableApplicationContext context = HeadlessKefu.logging(kefu)) {
			Instant now = context.getBean(Clock.class).instant();
			DemoVolume volume = new DemoVolume(scale, seed, days, LocalDate.ofInstant(now, Shop.DEFAULT_ZONE), now);
			DemoSummary summary = context.getBean(DemoShop.class).generate(volume);
			System.out.printf("Demo shop %d: %d products, %d agents, %d buyers, %d messages, %d orders%n",
					summary.shopId().value(), summary.products(), summary.agents(), summary.buyers(),
					summary.messages(), summary.orders());
			return 0;
		}
		catch (IllegalStateException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
	}

}
