package io.kefu.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersUnitTests {

	@Test
	void refusesEveryC0AndC1ControlAndDelButTabLineFeedAndCarriageReturn() {
		for (char c = 0; c < 0x20; c++) {
			assertThat(ControlCharacters.indexIn("ab" + c)).as("U+%04X", (int) c)
				.isEqualTo(c == '\t' || c == '\n' || c == '\r' ? -1 : 2);
		}
		for (char c = 0x7f; c <= 0x9f; c++) {
			assertThat(ControlCharacters.indexIn(c + "ab")).as("U+%04X", (int) c).isZero();
		}
	}

	@Test
	void acceptsWhatShopsWrite() {
		assertThat(ControlCharacters.indexIn("亲，在的！\n包邮 顺丰\t¥199.00 😀 \u00a0\u3000")).isEqualTo(-1);
	}

	@Test
	void refusesHalfACharacterButNotAWholeEmoji() {
		assertThat(ControlCharacters.indexIn("y\ud800z")).isEqualTo(1);
		assertThat(ControlCharacters.indexIn("好\ud83d")).isEqualTo(1);
		assertThat(ControlCharacters.indexIn("\ude00好")).isZero();
		assertThat(ControlCharacters.indexIn("好\ud83d\ude00")).isEqualTo(-1);
		assertThat(ControlCharacters.reason("y\ud800z", 1)).contains("U+D800").contains("position 1");
	}

	@Test
	void theReasonNamesTheCharacterAndWhereItIs() {
		assertThat(ControlCharacters.reason("在\u0000吗", 1))
			.startsWith("contains the control character U+0000 at position 1");
	}

}
