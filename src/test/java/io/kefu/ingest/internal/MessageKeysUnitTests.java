package io.kefu.ingest.internal;

import java.time.LocalDateTime;

import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.staff.AgentAccount;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageKeysUnitTests {

	private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 5, 21, 15);

	private static ChatMessage buyerSays(long line, String text) {
		return new ChatMessage(line, "tb1", Direction.IN, MessageKind.TEXT, null, AT, text);
	}

	@Test
	void theSameMessageInTwoExportsGetsTheSameKey() {
		assertThat(new MessageKeys().keyOf(buyerSays(10, "在吗"))).isEqualTo(new MessageKeys().keyOf(buyerSays(3, "在吗")));
	}

	@Test
	void twoIdenticalMessagesInOneSecondAreTwoMessages() {
		MessageKeys keys = new MessageKeys();

		assertThat(keys.keyOf(buyerSays(1, "在吗"))).isNotEqualTo(keys.keyOf(buyerSays(2, "在吗")));
	}

	@Test
	void theSenderIsPartOfTheIdentity() {
		ChatMessage mei = new ChatMessage(1, "tb1", Direction.OUT, MessageKind.TEXT, new AgentAccount("店", "小美"), AT,
				"好的");
		ChatMessage jie = new ChatMessage(1, "tb1", Direction.OUT, MessageKind.TEXT, new AgentAccount("店", "阿杰"), AT,
				"好的");

		assertThat(new MessageKeys().keyOf(mei)).isNotEqualTo(new MessageKeys().keyOf(jie));
	}

}
