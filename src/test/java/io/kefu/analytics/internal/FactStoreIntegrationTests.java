package io.kefu.analytics.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kefu.analytics.FigureSettings;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static io.kefu.analytics.internal.Chats.AGENT_A;
import static io.kefu.analytics.internal.Chats.AGENT_B;
import static io.kefu.analytics.internal.Chats.buyer;
import static io.kefu.analytics.internal.Chats.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receptions stored as rows with their runs as arrays read back as they were computed.
 */
@SpringBootTest
@Transactional
class FactStoreIntegrationTests {

	@Autowired
	FactStore facts;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Test
	void receptionsWithAnsweredUnansweredAndSingleRunsReadBackAsStored() {
		Shop shop = new ShopFixture(shops, products, staff).shop("事实店" + System.nanoTime() % 1_000_000);
		ThreadSessions sessions = new ThreadSessions(Chats.SHOP, Duration.ofMinutes(30));
		List<Reception> computed = new ArrayList<>();
		// a single unanswered run; an answered run then an unanswered one; a run answered
		// in the grace
		computed
			.addAll(sessions.of(buyer(1).in("2026-11-02 10:00:00").autoReply(AGENT_A, "2026-11-02 10:00:01").thread())
				.receptions());
		computed.addAll(
				sessions
					.of(buyer(2).in("2026-11-02 10:00:00")
						.reply(AGENT_A, "2026-11-02 10:00:30")
						.in("2026-11-02 11:00:00")
						.thread())
					.receptions());
		computed.addAll(
				sessions
					.of(buyer(3).in("2026-11-02 23:59:00")
						.reply(AGENT_B, "2026-11-03 00:10:00")
						.in("2026-11-03 09:00:00")
						.reply(AGENT_B, "2026-11-03 09:00:05")
						.thread())
					.receptions());
		List<Reception> owned = List.copyOf(computed);
		assertThat(owned).hasSize(4);

		facts.replaceDays(shop.id().value(), day("2026-11-02"), day("2026-11-03"), owned, List.of(),
				reception -> ReceptionSummary.of(reception, Chats.SHOP, FigureSettings.DEFAULTS));

		assertThat(facts.receptions(shop.id().value(), day("2026-11-02"), day("2026-11-03")))
			.containsExactlyInAnyOrderElementsOf(owned);
		Reception unanswered = facts.reception(shop.id().value(), AGENT_A, 1, LocalDate.parse("2026-11-02"))
			.orElseThrow();
		assertThat(unanswered.runs()).singleElement().satisfies(run -> assertThat(run.answered()).isFalse());
	}

}
