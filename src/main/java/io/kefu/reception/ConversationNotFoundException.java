package io.kefu.reception;

/**
 * No conversation of that id in the caller's shops; a conversation of another shop counts
 * as none.
 */
public class ConversationNotFoundException extends RuntimeException {

	public ConversationNotFoundException(long id) {
		super("There is no conversation " + id + " in your shops");
	}

}
