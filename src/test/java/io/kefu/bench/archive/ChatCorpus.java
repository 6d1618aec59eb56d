package io.kefu.bench.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Chat messages read from a tab-separated transcript (the message is the last column; a
 * file without tabs is one message a line). The corpus is read where it lies and never
 * copied into the repository.
 */
record ChatCorpus(List<String> messages, List<String> normalized) {

	static ChatCorpus read(Path file) throws IOException {
		List<String> messages = Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.map((line) -> line.substring(line.lastIndexOf('\t') + 1).strip())
			.filter((text) -> !text.isEmpty())
			.toList();
		return new ChatCorpus(messages, messages.stream().map(ChatCorpus::normalize).toList());
	}

	/**
	 * What a person means by "the same text": full-width letters, digits and signs as
	 * their ASCII forms, upper case as lower case.
	 */
	static String normalize(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '\uFF01' && c <= '\uFF5E') {
				folded.append((char) (c - 0xFEE0));
			}
			else {
				folded.append(c == '\u3000' ? ' ' : c);
			}
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}

	/** The ground truth: the messages that contain every word, as Ctrl-F finds them. */
	BitSet containingAll(List<String> words) {
		BitSet found = new BitSet(normalized.size());
		for (int i = 0; i < normalized.size(); i++) {
			String text = normalized.get(i);
			if (words.stream().allMatch((word) -> text.contains(normalize(word)))) {
				found.set(i);
			}
		}
		return found;
	}

	long characters() {
		return messages.stream().mapToLong(String::length).sum();
	}

}
