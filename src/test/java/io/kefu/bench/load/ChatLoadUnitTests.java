package io.kefu.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatLoadUnitTests {

	@Test
	void aMessageCarriesItsSendTimeAfterItsLastHash() {
		assertThat(ChatLoad.stampOf(ChatLoad.QUESTION + 123456789L)).isEqualTo(123456789L);
		assertThat(ChatLoad.stampOf("第#1条 #42")).isEqualTo(42);
	}

	@Test
	void aMessageWithoutATimeHasNone() {
		assertThat(ChatLoad.stampOf("亲，您好，我是本店客服")).isEqualTo(-1);
		assertThat(ChatLoad.stampOf("编号#abc")).isEqualTo(-1);
	}

	@Test
	void theClientsClockNeverRunsBackwards() {
		long first = ChatLoad.clock();
		assertThat(first).isNotNegative();
		assertThat(ChatLoad.clock()).isGreaterThanOrEqualTo(first);
	}

}
