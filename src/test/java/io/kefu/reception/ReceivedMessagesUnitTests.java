package io.kefu.reception;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedMessagesUnitTests {

	static ChatMessage message(long conversationId, int seq) {
		return new ChatMessage(1000 + seq, conversationId, seq, Direction.IN, MessageKind.TEXT, null, null,
				"第" + seq + "条", Instant.parse("2026-11-20T02:00:00Z").plusSeconds(seq), "c" + seq);
	}

	@Test
	void keepsEachMessageOnceWhateverItsPath() {
		ReceivedMessages received = new ReceivedMessages(7);

		assertThat(received.add(message(7, 1))).isTrue();
		assertThat(received.add(message(7, 2))).isTrue();
		assertThat(received.add(message(7, 2))).isFalse();
		assertThat(received.add(message(7, 1))).isFalse();

		assertThat(received.inOrder()).extracting(ChatMessage::seq).containsExactly(1, 2);
		assertThat(received.duplicates()).isEqualTo(2);
	}

	@Test
	void aGapIsNoticedAndTheFetchStartsBeforeIt() {
		ReceivedMessages received = new ReceivedMessages(7);
		received.add(message(7, 1));
		received.add(message(7, 2));
		received.add(message(7, 5));

		assertThat(received.hasGap()).isTrue();
		assertThat(received.lastContiguousSeq()).isEqualTo(2);
	}

	@Test
	void aFetchAfterAReconnectFillsTheGapWithoutDoublingWhatCameLive() {
		ReceivedMessages received = new ReceivedMessages(7);
		received.add(message(7, 1));
		received.add(message(7, 2));
		// disconnected while 3 and 4 were sent; 5 arrived on the new subscription
		received.add(message(7, 5));
		for (int seq = received.lastContiguousSeq() + 1; seq <= 5; seq++) {
			received.add(message(7, seq));
		}

		assertThat(received.hasGap()).isFalse();
		assertThat(received.lastContiguousSeq()).isEqualTo(5);
		assertThat(received.inOrder()).extracting(ChatMessage::seq).containsExactly(1, 2, 3, 4, 5);
		assertThat(received.duplicates()).isEqualTo(1);
	}

	@Test
	void messagesOfAnotherConversationAreNotTaken() {
		ReceivedMessages received = new ReceivedMessages(7);

		assertThat(received.add(message(8, 1))).isFalse();
		assertThat(received.inOrder()).isEmpty();
		assertThat(received.lastContiguousSeq()).isZero();
	}

	@Test
	void messagesArrivingOutOfOrderAreKeptInSequenceOrder() {
		ReceivedMessages received = new ReceivedMessages(7);
		received.add(message(7, 3));
		received.add(message(7, 1));
		received.add(message(7, 2));

		assertThat(received.inOrder()).extracting(ChatMessage::seq).containsExactly(1, 2, 3);
		assertThat(received.lastContiguousSeq()).isEqualTo(3);
	}

}
