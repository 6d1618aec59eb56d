package io.kefu.bench;

import java.time.Instant;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.analytics.FigureRecompute;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.Orders;
import io.kefu.quality.Inspections;
import io.kefu.quality.Rule;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's reading of stored history and its two engines, on a few messages: what
 * it counts, not how fast (the machines are noisy; the command measures).
 */
@SpringBootTest
class QualityBenchIntegrationTests {

	@Autowired
	Orders orders;

	@Autowired
	FigureRecompute figures;

	@Autowired
	Inspections inspections;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Test
	void inspectsEveryStoredReceptionWithBothEnginesAgreeing() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		Shop shop = fixture.shop("质检基准店");
		long shopId = shop.id().value();
		long mei = fixture.account(shop, "qb-mei", Role.PRE_SALES).id().value();
		Instant start = Instant.parse("2026-11-20T02:00:00Z");
		long buyer = buyers.recognise(ShopId.of(shopId), "tb_buyer", start).id().value();
		messages.append(List.of(in(shopId, buyer, start, "老板在吗?"), out(shopId, buyer, mei, start.plusSeconds(30), "在"),
				in(shopId, buyer, start.plusSeconds(60), "双肩包还有吗?"),
				out(shopId, buyer, mei, start.plusSeconds(90), "没"),
				in(shopId, buyer, start.plusSeconds(86_400), "到了吗"),
				out(shopId, buyer, mei, start.plusSeconds(86_430), "您好，明天到哦，感谢您的耐心")));

		QualityBench.Result result = new QualityBench(shops, messages, orders, figures, inspections).run(shopId, 1);

		assertThat(result.receptions()).isEqualTo(2);
		assertThat(result.messages()).isEqualTo(6);
		assertThat(result.agentMessages()).isEqualTo(3);
		assertThat(result.disagreements()).isZero();
		assertThat(result.hitsPer100()).containsEntry(Rule.LONE_SYLLABLE, 50.0)
			.containsEntry(Rule.BLUNT_NO, 50.0)
			.containsEntry(Rule.NO_GREETING, 50.0);
		assertThat(result.automatonSeconds()).isPositive();
		assertThat(result.naiveSeconds()).isPositive();
		// the figures make the same two receptions, which are inspected and stored
		assertThat(result.storedReceptions()).isEqualTo(2);
		assertThat(result.storedSeconds()).isPositive();
	}

	private static NewMessage in(long shopId, long buyer, Instant at, String text) {
		return new NewMessage(ShopId.of(shopId), BuyerId.of(buyer), Direction.IN, MessageKind.TEXT, null, at, text,
				null);
	}

	private static NewMessage out(long shopId, long buyer, long agent, Instant at, String text) {
		return new NewMessage(ShopId.of(shopId), BuyerId.of(buyer), Direction.OUT, MessageKind.TEXT, AgentId.of(agent),
				at, text, null);
	}

}
