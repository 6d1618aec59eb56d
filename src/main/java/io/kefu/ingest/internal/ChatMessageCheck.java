package io.kefu.ingest.internal;

import java.util.Optional;

import io.kefu.ingest.ImportError;
import io.kefu.reception.VisitorChat;

/**
 * What live chat refuses of a message, refused in a chat record too: a control character
 * in a name or the text, a text longer than {@link VisitorChat#MAX_MESSAGE_LENGTH}
 * characters. Such a message is a rejected line, never stored cut or cleaned.
 */
final class ChatMessageCheck {

	private static final String SENDER = "发送者";

	private static final String CONTENT = "消息";

	private ChatMessageCheck() {
	}

	static Optional<ImportError> problem(String file, ChatMessage message) {
		int character = ControlCharacters.first(message.buyerNick());
		if (character < 0 && message.agent() != null) {
			character = ControlCharacters.first(message.agent().toString());
		}
		if (character >= 0) {
			return Optional.of(ControlCharacters.error(file, message.line(), SENDER, character));
		}
		character = ControlCharacters.first(message.content());
		if (character >= 0) {
			return Optional.of(ControlCharacters.error(file, message.line(), CONTENT, character));
		}
		int length = message.content().codePointCount(0, message.content().length());
		if (length > VisitorChat.MAX_MESSAGE_LENGTH) {
			return Optional.of(ImportError.ofLine(file, message.line(), CONTENT, "imports.error.messageTooLong",
					ImportLimits.number(length), ImportLimits.number(VisitorChat.MAX_MESSAGE_LENGTH)));
		}
		return Optional.empty();
	}

}
