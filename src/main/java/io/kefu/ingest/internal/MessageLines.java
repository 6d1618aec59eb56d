package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.reception.VisitorChat;

import org.jspecify.annotations.Nullable;

/**
 * The lines of one message as a chat layout gathers them, kept only up to one character
 * more than a chat message may have (line breaks count): a longer message is rejected
 * anyway ({@link ChatMessageCheck}), and a record whose message never ends cannot fill
 * the memory. The last line given is always kept whole, since the layouts may take it
 * back as the sender's name.
 */
final class MessageLines {

	private static final int KEPT = VisitorChat.MAX_MESSAGE_LENGTH + 1;

	private final List<String> lines = new ArrayList<>();

	private int characters;

	private int count;

	private @Nullable String last;

	private boolean lastKept;

	void add(String line) {
		count++;
		int room = KEPT - characters;
		last = line;
		lastKept = room > 0;
		if (lastKept) {
			String kept = line.length() < room ? line : line.substring(0, room);
			lines.add(kept);
			characters += kept.length() + 1;
		}
	}

	boolean isEmpty() {
		return count == 0;
	}

	/** Takes the last line back, whole. */
	String removeLast() {
		if (last == null) {
			throw new IllegalStateException("no line to take back");
		}
		String line = last;
		count--;
		if (lastKept) {
			String kept = lines.remove(lines.size() - 1);
			characters -= kept.length() + 1;
		}
		last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
		lastKept = true;
		return line;
	}

	/** Leaves out empty lines at the start and the end. */
	void stripEmptyEnds() {
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
			characters--;
			count--;
		}
		while (!lines.isEmpty() && lines.get(0).isEmpty()) {
			lines.remove(0);
			characters--;
			count--;
		}
		last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
		lastKept = true;
	}

	/** How many lines were given, kept or not. */
	int size() {
		return count;
	}

	String text() {
		return String.join("\n", lines);
	}

	void clear() {
		lines.clear();
		characters = 0;
		count = 0;
		last = null;
		lastKept = false;
	}

}
