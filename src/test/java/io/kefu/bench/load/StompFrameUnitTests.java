package io.kefu.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StompFrameUnitTests {

	@Test
	void aSendIsWrittenAsCommandHeadersEmptyLineBodyAndNul() {
		StompFrame send = StompFrame.withBody("SEND", "{\"content\":\"在吗\"}", "destination", "/app/visitor.send",
				"content-type", "application/json");

		assertThat(send.encode())
			.isEqualTo("SEND\ndestination:/app/visitor.send\ncontent-type:application/json\n\n{\"content\":\"在吗\"}\0");
	}

	@Test
	void headerValuesAreEscapedExceptInConnectFrames() {
		assertThat(StompFrame.of("SEND", "to", "/topic/a:b\\c\nd").encode())
			.isEqualTo("SEND\nto:/topic/a\\cb\\\\c\\nd\n\n\0");
		assertThat(StompFrame.of("CONNECT", "token", "v1.1:2").encode()).isEqualTo("CONNECT\ntoken:v1.1:2\n\n\0");
	}

	@Test
	void aMessageIsReadBackWithItsHeadersUnescapedAndItsBody() {
		StompFrame.Decoded decoded = StompFrame
			.decode("MESSAGE\ndestination:/topic/visitor.7\nsubscription:sub-1\nnote:a\\cb\n\n{\"seq\":1}\0");

		assertThat(decoded.heartbeats()).isZero();
		assertThat(decoded.frames()).singleElement().satisfies(frame -> {
			assertThat(frame.command()).isEqualTo("MESSAGE");
			assertThat(frame.header("destination")).isEqualTo("/topic/visitor.7");
			assertThat(frame.header("note")).isEqualTo("a:b");
			assertThat(frame.body()).isEqualTo("{\"seq\":1}");
		});
	}

	@Test
	void heartbeatsAroundFramesAreCountedAndCarriageReturnsIgnored() {
		StompFrame.Decoded decoded = StompFrame
			.decode("\n\r\nCONNECTED\r\nversion:1.2\r\nheart-beat:10000,10000\r\n\r\n\0\n");

		assertThat(decoded.heartbeats()).isEqualTo(3);
		assertThat(decoded.frames()).singleElement().satisfies(frame -> {
			assertThat(frame.command()).isEqualTo("CONNECTED");
			assertThat(frame.header("heart-beat")).isEqualTo("10000,10000");
		});
	}

	@Test
	void aLoneHeartbeatIsNoFrame() {
		assertThat(StompFrame.decode(StompFrame.HEARTBEAT).frames()).isEmpty();
	}

	@Test
	void severalFramesInOneMessageAreAllRead() {
		assertThat(StompFrame.decode("RECEIPT\nreceipt-id:1\n\n\0ERROR\nmessage:no\n\nwhy\0").frames())
			.extracting(StompFrame::command)
			.containsExactly("RECEIPT", "ERROR");
	}

	@Test
	void aRepeatedHeaderKeepsItsFirstValue() {
		StompFrame frame = StompFrame.decode("MESSAGE\nfoo:first\nfoo:second\n\n\0").frames().get(0);

		assertThat(frame.header("foo")).isEqualTo("first");
	}

	@Test
	void whatIsWrittenIsReadBackUnchanged() {
		StompFrame sent = StompFrame.withBody("SEND", "body", "destination", "/app/echo", "to",
				"/topic/visitor.1,/topic/agent.2", "odd", "x:y\\z");

		assertThat(StompFrame.decode(sent.encode()).frames()).containsExactly(sent);
	}

	@Test
	void aFrameCutShortIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StompFrame.decode("MESSAGE\ndestination:/topic/x\n\n{"))
			.withMessageContaining("NUL");
		assertThatIllegalArgumentException().isThrownBy(() -> StompFrame.decode("MESSAGE\nno-colon\n\n\0"))
			.withMessageContaining("colon");
		assertThatIllegalArgumentException().isThrownBy(() -> StompFrame.decode("MESSAGE\nx:a\\q\n\n\0"))
			.withMessageContaining("escape");
	}

}
