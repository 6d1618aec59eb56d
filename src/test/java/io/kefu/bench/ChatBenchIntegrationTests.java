package io.kefu.bench;

import java.util.List;
import java.util.stream.LongStream;

import io.kefu.bench.echo.EchoFloor;
import io.kefu.bench.load.ChatLoad;
import io.kefu.bench.load.LoadPlan;
import io.kefu.bench.load.LoadResult;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live-chat load client ({@code bench chat}) for a handful of buyers and a few
 * seconds, against the running server with a bench shop, and against the echo floor:
 * every buyer connects, every message is heard by its agent and answered, nothing is
 * refused. The figures themselves are the benchmark's, not the tests'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatBenchIntegrationTests {

	static final int BUYERS = 12;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyBuyerOfTheBenchShopIsAnsweredOverStomp() throws InterruptedException {
		ChatBenchShop.Opened shop = ChatBenchShop.open(context, BUYERS, 5);
		assertThat(shop.agents()).hasSize(3);

		LoadResult result = ChatLoad.run(plan(LoadPlan.Target.KEFU, port, shop.shopId(), shop.agents()), line -> {
		});

		assertAllAnswered(result);
	}

	@Test
	void theEchoFloorCarriesTheSameConversationsWithoutKefu() throws InterruptedException {
		try (ConfigurableApplicationContext floor = EchoFloor.start()) {
			List<LoadPlan.AgentLogin> agents = LongStream.rangeClosed(1, 3)
				.mapToObj(id -> new LoadPlan.AgentLogin(id, "echo" + id, ""))
				.toList();

			LoadResult result = ChatLoad.run(plan(LoadPlan.Target.ECHO, EchoFloor.port(floor), 0, agents), line -> {
			});

			assertAllAnswered(result);
		}
	}

	static LoadPlan plan(LoadPlan.Target target, int port, long shopId, List<LoadPlan.AgentLogin> agents) {
		return new LoadPlan(target, "http://127.0.0.1:" + port, shopId, BUYERS, agents, 50, 500, 1_500, 3_000, 10_000);
	}

	static void assertAllAnswered(LoadResult result) {
		assertThat(result.buyersConnected()).isEqualTo(BUYERS);
		assertThat(result.agentsConnected()).isEqualTo(3);
		assertThat(result.sent()).as("about 12 buyers × 2 a second × 3 s").isGreaterThan(40);
		assertThat(result.toAgent().count()).isEqualTo((int) result.sent());
		assertThat(result.answered().count()).isEqualTo((int) result.sent());
		assertThat(result.errors()).as(result.toString()).isZero();
		// each buyer message reaches the buyer and the agent, each answer both again
		assertThat(result.delivered()).isGreaterThanOrEqualTo(3 * result.sent());
		assertThat(result.answered().p50()).isPositive();
	}

}
