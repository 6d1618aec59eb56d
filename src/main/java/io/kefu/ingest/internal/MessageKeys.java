package io.kefu.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Names each imported message so that the same message in an overlapping or repeated
 * export gets the same name: its buyer, direction, sender, second and text, plus how many
 * identical messages came before it in the same file (a buyer who sends 在吗 twice in one
 * second sent two messages).
 */
final class MessageKeys {

	private final Map<String, Integer> seen = new HashMap<>();

	private @Nullable LocalDateTime second;

	String keyOf(ChatMessage message) {
		// identical messages of one second stand together in a record, so only
		// the current second is kept: memory stays flat however long the file
		if (!message.sentAt().equals(second)) {
			seen.clear();
			second = message.sentAt();
		}
		String identity = String.join("\u0001", message.buyerNick(), message.direction().name(),
				message.agent() == null ? "" : message.agent().toString(), message.sentAt().toString(),
				message.content());
		int occurrence = seen.merge(identity, 1, Integer::sum);
		// the second leads, so keys arrive nearly ascending and the unique index
		// grows at its end instead of splitting pages all over
		String epochSecond = String.format("%09x", message.sentAt().toEpochSecond(ZoneOffset.UTC));
		return "chat:" + epochSecond + ":" + sha256(identity + "\u0001" + occurrence);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
