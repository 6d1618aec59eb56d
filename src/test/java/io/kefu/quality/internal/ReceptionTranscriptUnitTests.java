package io.kefu.quality.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.analytics.StoredReception;
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

class ReceptionTranscriptUnitTests {

	static final Shop SHOP = new Shop(ShopId.of(1), "灯具店", Platform.TMALL, Shop.DEFAULT_ZONE, LocalTime.of(2, 0));

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	static final long MEI = 11;

	static final long JIE = 12;

	@Test
	void onlyTheBuyersRunsAndThisAgentsCountedMessagesAreKeptEachWithItsId() {
		Thread thread = new Thread().buyer("09:59", "早")
			.agent(JIE, "10:00", "早上好")
			.buyer("10:01", "在吗")
			.auto("10:01", "[自动回复]欢迎光临")
			.agent(MEI, "10:02", "亲，在的")
			.buyer("10:03", "有白色吗")
			.buyer("10:03:30", "多少钱")
			.agent(MEI, "10:04", "有的，99元");
		StoredReception reception = thread.reception(MEI, run("10:01", "10:01", 1, "10:02"),
				run("10:03", "10:03:30", 2, "10:04"));

		ReceptionTranscript cut = ReceptionTranscript.of(reception, thread.messages, SHOP, Duration.ofMinutes(30),
				List.of(), 2);

		assertThat(cut.transcript().messages()).extracting(TranscriptMessage::content)
			.containsExactly("在吗", "亲，在的", "有白色吗", "多少钱", "有的，99元");
		assertThat(cut.messageIds()).containsExactly(3, 5, 6, 7, 8);
		assertThat(cut.transcript().runs()).containsExactly(new Transcript.Run(0, 0, 1), new Transcript.Run(2, 3, 4));
	}

	@Test
	void aRunTheFiguresFoundUnansweredStaysUnansweredThoughTheAgentWroteAfterTheGrace() {
		Thread thread = new Thread().buyer("23:00", "发什么快递").agent(MEI, "03:00+1", "圆通");
		StoredReception reception = thread.reception(MEI,
				new StoredReception.Run(1, at("23:00"), at("23:00"), 1, null));

		ReceptionTranscript cut = ReceptionTranscript.of(reception, thread.messages, SHOP, Duration.ofMinutes(30),
				List.of(), 2);

		assertThat(cut.transcript().messages()).extracting(TranscriptMessage::content).containsExactly("发什么快递");
		assertThat(cut.transcript().runs()).containsExactly(new Transcript.Run(0, 0, -1));
	}

	@Test
	void theOrderToVerifyIsTheFirstCreatedFromTheFirstMessageToTheEndOfTheValidity() {
		Thread thread = new Thread().buyer("10:00", "拍了").agent(MEI, "10:01", "好的亲");
		StoredReception reception = thread.reception(MEI, run("10:00", "10:00", 1, "10:01"));

		ReceptionTranscript cut = ReceptionTranscript.of(reception, thread.messages, SHOP, Duration.ofMinutes(30),
				List.of(at("09:00"), at("10:05"), at("11:00")), 2);
		ReceptionTranscript late = ReceptionTranscript.of(reception, thread.messages, SHOP, Duration.ofMinutes(30),
				List.of(SHOP.startOf(DAY.plusDays(2))), 2);

		assertThat(cut.transcript().orderCreatedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 5));
		assertThat(late.transcript().orderCreatedAt()).isNull();
	}

	/** "HH:mm[:ss]" on the day, "+1" for the next calendar day. */
	static Instant at(String time) {
		boolean next = time.endsWith("+1");
		LocalTime clock = LocalTime.parse(next ? time.substring(0, time.length() - 2) : time);
		return DAY.plusDays(next ? 1 : 0).atTime(clock).atZone(SHOP.timeZone()).toInstant();
	}

	static StoredReception.Run run(String first, String last, int messages, String answered) {
		return new StoredReception.Run(0, at(first), at(last), messages, at(answered));
	}

	/** A buyer's thread, its messages numbered from 1. */
	static final class Thread {

		final List<Message> messages = new ArrayList<>();

		Thread buyer(String at, String text) {
			return add(Direction.IN, MessageKind.TEXT, null, at, text);
		}

		Thread agent(long agent, String at, String text) {
			return add(Direction.OUT, MessageKind.TEXT, agent, at, text);
		}

		Thread auto(String at, String text) {
			return add(Direction.OUT, MessageKind.AUTO_REPLY, null, at, text);
		}

		private Thread add(Direction direction, MessageKind kind, Long agent, String at, String text) {
			messages.add(new Message(messages.size() + 1, 1, ShopId.of(1), BuyerId.of(99), direction, kind,
					agent == null ? null : AgentId.of(agent), at(at), text));
			return this;
		}

		StoredReception reception(long agent, StoredReception.Run... runs) {
			List<Instant> human = messages.stream()
				.filter(message -> message.isHumanAgentMessage() && AgentId.of(agent).equals(message.agentId()))
				.map(Message::sentAt)
				.filter(sent -> sent.isBefore(SHOP.startOf(DAY.plusDays(1)).plus(Duration.ofMinutes(30))))
				.toList();
			return new StoredReception(AgentId.of(agent), BuyerId.of(99), DAY, List.of(runs), human);
		}

	}

}
