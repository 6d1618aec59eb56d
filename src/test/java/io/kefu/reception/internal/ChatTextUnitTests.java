package io.kefu.reception.internal;

import io.kefu.reception.InvalidChatInputException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatTextUnitTests {

	@Test
	void aMessageOfTwoThousandCharactersIsAccepted() {
		String longest = "灯".repeat(2000);

		assertThat(ChatText.content(longest)).isEqualTo(longest);
	}

	@Test
	void aMessageOverTwoThousandCharactersIsRefusedNamingTheField() {
		assertThatThrownBy(() -> ChatText.content("灯".repeat(2001)))
			.isInstanceOfSatisfying(InvalidChatInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("content");
				assertThat(ex.reason()).contains("2000").contains("2001");
			});
	}

	@Test
	void charactersOutsideTheBasicPlaneCountOnce() {
		assertThat(ChatText.content("😀".repeat(2000))).hasSize(4000);
	}

	@Test
	void aBlankMessageIsRefused() {
		for (String blank : new String[] { null, "", "   ", "\n\t" }) {
			assertThatThrownBy(() -> ChatText.content(blank)).isInstanceOf(InvalidChatInputException.class)
				.hasMessageStartingWith("content");
		}
	}

	@Test
	void markupIsKeptAsTypedForPagesToShowAsText() {
		String script = "<script>alert('x')</script><b>粗体</b>";

		assertThat(ChatText.content(script)).isEqualTo(script);
	}

	@Test
	void aClientIdIsShortAndPlain() {
		assertThat(ChatText.clientId("a1-B_2")).isEqualTo("a1-B_2");
		assertThat(ChatText.clientId(null)).isNull();
		assertThat(ChatText.clientId("")).isNull();
		assertThatThrownBy(() -> ChatText.clientId("has space")).isInstanceOf(InvalidChatInputException.class)
			.hasMessageStartingWith("clientId");
		assertThatThrownBy(() -> ChatText.clientId("x".repeat(65))).isInstanceOf(InvalidChatInputException.class);
	}

	@Test
	void aHandoverNoteIsRequiredAndShort() {
		assertThat(ChatText.note("买家要换货，已核实订单")).isEqualTo("买家要换货，已核实订单");
		assertThatThrownBy(() -> ChatText.note(" ")).isInstanceOf(InvalidChatInputException.class)
			.hasMessageStartingWith("note");
		assertThatThrownBy(() -> ChatText.note("注".repeat(501))).isInstanceOf(InvalidChatInputException.class);
	}

	@Test
	void theSendersKeyKeepsTheClientIdApartFromOtherSenders() {
		assertThat(LiveMessages.key("b12", "abc")).isEqualTo("live:b12:abc");
		assertThat(LiveMessages.key("b12", null)).isNull();
		assertThat(LiveMessages.clientIdOf("live:b12:abc")).isEqualTo("abc");
		assertThat(LiveMessages.clientIdOf("淘宝:2026-11-20 10:00:00:买家")).isNull();
		assertThat(LiveMessages.clientIdOf(null)).isNull();
	}

	@Test
	void nulAndTheOtherControlCharactersAreRefusedNamingTheFieldAndTheCharacter() {
		for (String text : new String[] { "在吗\u0000", "a\u0001b", "\u001b[31m红", "a\u007fb", "a\u0085b", "a\u009fb" }) {
			assertThatThrownBy(() -> ChatText.content(text)).isInstanceOfSatisfying(InvalidChatInputException.class,
					ex -> {
						assertThat(ex.field()).isEqualTo("content");
						assertThat(ex.reason()).contains("control characters").containsPattern("U\\+00[0-9A-F]{2}");
					});
		}
		assertThatThrownBy(() -> ChatText.content("在吗\u0000")).hasMessageContaining("U+0000 at character 3");
		assertThatThrownBy(() -> ChatText.note("交接\u0000")).hasMessageStartingWith("note");
		assertThatThrownBy(() -> ChatText.contact("138\u00000000")).hasMessageStartingWith("contact");
	}

	@Test
	void tabLineFeedAndCarriageReturnAreText() {
		String lines = "第一行\r\n第二行\t完";

		assertThat(ChatText.content(lines)).isEqualTo(lines);
	}

	@Test
	void aNicknameIsOneLineWithoutControlCharacters() {
		for (String nickname : new String[] { "小王\u0000", "小\n王", "小\t王", "小\u0085王" }) {
			assertThatThrownBy(() -> VisitorSessions.base(nickname)).isInstanceOfSatisfying(
					InvalidChatInputException.class, ex -> assertThat(ex.field()).isEqualTo("nickname"));
		}
		assertThat(VisitorSessions.base(" 小王 ")).isEqualTo("小王·");
		assertThat(VisitorSessions.base("tb:小王")).isEqualTo("tb·小王·");
	}

}
