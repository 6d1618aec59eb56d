package io.kefu.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.MessageKind;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceptionSplitUnitTests {

	private static final Shop SHOP = new Shop(ShopId.of(1), "灯具店", Platform.TMALL, Shop.DEFAULT_ZONE,
			LocalTime.MIDNIGHT);

	private final List<Message> thread = new ArrayList<>();

	@Test
	void cutsAThreadPerBusinessDayAndAgent() {
		buyer("2026-11-20T10:00", "在吗");
		agent(7, "2026-11-20T10:00:30", "您好");
		buyer("2026-11-20T15:00", "转售后");
		agent(8, "2026-11-20T15:01", "您好，售后小宁");
		buyer("2026-11-21T09:00", "到了吗");
		agent(7, "2026-11-21T09:01", "明天到");

		List<Transcript> receptions = ReceptionSplit.split(thread, SHOP, List.of(), 2);

		assertThat(receptions).extracting(r -> r.messages().stream().map(TranscriptMessage::content).toList())
			.containsExactly(List.of("在吗", "您好"), List.of("转售后", "您好，售后小宁"), List.of("到了吗", "明天到"));
	}

	@Test
	void givesAnUnansweredQuestionToTheAgentWhoWroteLastAndDropsUnreceivedOnes() {
		buyer("2026-11-20T08:00", "有人吗");
		buyer("2026-11-20T10:00", "在吗");
		agent(7, "2026-11-20T10:01", "您好");
		buyer("2026-11-20T23:00", "还在吗");

		List<Transcript> receptions = ReceptionSplit.split(thread, SHOP, List.of(), 2);

		assertThat(receptions).hasSize(1);
		assertThat(receptions.get(0).messages()).extracting(TranscriptMessage::content)
			.containsExactly("有人吗", "在吗", "您好", "还在吗");
	}

	@Test
	void attachesTheFirstOrderCreatedWithinTheValidityInShopTime() {
		buyer("2026-11-20T10:00", "在吗");
		agent(7, "2026-11-20T10:01", "您好");
		Instant before = at("2026-11-20T09:00");
		Instant nextDay = at("2026-11-21T20:00");

		Transcript reception = ReceptionSplit.split(thread, SHOP, List.of(before, nextDay), 2).get(0);

		assertThat(reception.orderCreatedAt()).isEqualTo(LocalDateTime.parse("2026-11-21T20:00"));
		assertThat(reception.messages().get(0).sentAt()).isEqualTo(LocalDateTime.parse("2026-11-20T10:00"));
	}

	private void buyer(String time, String text) {
		thread.add(new Message(thread.size() + 1, 1, ShopId.of(1), BuyerId.of(9), Direction.IN, MessageKind.TEXT, null,
				at(time), text));
	}

	private void agent(long agent, String time, String text) {
		thread.add(new Message(thread.size() + 1, 1, ShopId.of(1), BuyerId.of(9), Direction.OUT, MessageKind.TEXT,
				AgentId.of(agent), at(time), text));
	}

	private static Instant at(String shopTime) {
		return LocalDateTime.parse(shopTime).atZone(Shop.DEFAULT_ZONE).toInstant();
	}

}
