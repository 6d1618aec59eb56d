package io.kefu.reception;

/**
 * What a message is: text, an image or video, a product or order card, a system line, or
 * an auto-reply.
 */
public enum MessageKind {

	TEXT, MEDIA, CARD, SYSTEM, AUTO_REPLY;

	/** Human agent messages are OUT messages of these kinds (DOMAIN.md, "Threads"). */
	public boolean isHuman() {
		return this == TEXT || this == MEDIA || this == CARD;
	}

}
