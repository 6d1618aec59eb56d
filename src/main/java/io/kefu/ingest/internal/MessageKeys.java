package io.kefu.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Names each imported message so that the same message in an overlapping or repeated
 * export gets the same name: its buyer, direction, sender, second and text, plus how many
 * identical messages came before it in the same file (a buyer who sends 在吗 twice in one
 * second sent two messages).
 */
final class MessageKeys {

	private final Map<String, Integer> seen = new HashMap<>();

	String keyOf(ChatMessage message) {
		String identity = String.join("\u0001", message.buyerNick(), message.direction().name(),
				message.agent() == null ? "" : message.agent().toString(), message.sentAt().toString(),
				message.content());
		int occurrence = seen.merge(identity, 1, Integer::sum);
		return "chat:" + sha256(identity + "\u0001" + occurrence);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
