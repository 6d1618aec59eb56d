package io.kefu.quality.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

/**
 * Reads the JDDC 2019 chats ({@code chat_0.1per.txt}): one message a line, tab-separated
 * session id, customer id, {@code waiter_send} (1 for the agent), two flags, the SKU and
 * the text. The lines carry no times, so the transcripts are untimed.
 */
public final class JdChatFile {

	private JdChatFile() {
	}

	/** One session: its transcript and, for each message, its line in the file. */
	public record Session(String id, Transcript transcript, List<Integer> lines) {
	}

	public static List<Session> read(BufferedReader reader) throws IOException {
		Map<String, List<TranscriptMessage>> messages = new LinkedHashMap<>();
		Map<String, List<Integer>> lines = new LinkedHashMap<>();
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length != 7 || !(fields[2].equals("0") || fields[2].equals("1"))) {
				throw new IllegalArgumentException(
						"line " + number + ": not a JDDC chat line (7 tab-separated fields, " + "the third 0 or 1)");
			}
			Direction direction = fields[2].equals("1") ? Direction.OUT : Direction.IN;
			messages.computeIfAbsent(fields[0], id -> new ArrayList<>())
				.add(new TranscriptMessage(direction, MessageKind.TEXT, null, fields[6]));
			lines.computeIfAbsent(fields[0], id -> new ArrayList<>()).add(number);
		}
		List<Session> sessions = new ArrayList<>();
		messages.forEach((id, list) -> sessions.add(new Session(id, Transcript.of(list), lines.get(id))));
		return sessions;
	}

}
