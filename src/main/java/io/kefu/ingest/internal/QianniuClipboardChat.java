package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads layout B of FORMATS.md, chat copied from the Qianniu client: a header line
 * {@code 用户名 2024-3-5 9:07:03} (or the name alone with the time on the next line, or
 * {@code 发送者 --> 接收者 2024-3-5 9:07:03}) followed by the message's lines. Delivery states
 * ({@code 已读} …) are dropped; recalls, transfers and automatic assignments become system
 * lines.
 */
final class QianniuClipboardChat implements LineLayout {

	private static final String STAMP = "(\\d{4}-\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}:\\d{2})";

	private static final Pattern HEADER = Pattern.compile("^(.*?\\S)\\s*" + STAMP + "$");

	private static final Pattern BARE_STAMP = Pattern.compile("^" + STAMP + "$");

	private static final Pattern ROUTE = Pattern.compile("^(.+?)\\s*-->\\s*(.+)$");

	private static final Pattern CLIENT_LINE = Pattern.compile("^(\\S+ 撤回了一条消息|由 .+ 转交给 .+|原因：【.+】)$");

	private static final Set<String> DELIVERY_STATES = Set.of("已读", "未读", "发送中");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss");

	private final Consumer<ChatLine> messages;

	private @Nullable Header current;

	private final MessageLines content = new MessageLines();

	private QianniuClipboardChat(Consumer<ChatLine> messages) {
		this.messages = messages;
	}

	/**
	 * Whether these first lines of a file look like this layout: a sender line with its
	 * date and time.
	 */
	static boolean looksLike(List<String> lines) {
		return lines.stream().map(String::strip).anyMatch(line -> HEADER.matcher(line).matches());
	}

	static void read(BufferedReader reader, Consumer<ChatLine> messages) throws IOException {
		LineLayout.feed(reader, new QianniuClipboardChat(messages));
	}

	@Override
	public void accept(long line, String text) {
		Matcher bare = BARE_STAMP.matcher(text);
		Matcher header = HEADER.matcher(text);
		if (bare.matches() && !content.isEmpty()) {
			// the sender's name stood alone on the previous line
			String name = content.removeLast();
			finishMessage();
			start(line - 1, name, bare.group(1));
		}
		else if (header.matches()) {
			finishMessage();
			start(line, header.group(1), header.group(2));
		}
		else if (current != null && CLIENT_LINE.matcher(text).matches()) {
			finishMessage();
			messages.accept(new ChatLine(line, current.sender(), current.receiver(), current.sentAt(), text, true));
		}
		else if (!DELIVERY_STATES.contains(text) && (current != null || !text.isEmpty())) {
			content.add(text);
		}
	}

	private void start(long line, String name, String stamp) {
		Matcher route = ROUTE.matcher(name);
		LocalDateTime sentAt = LocalDateTime.parse(stamp.replaceAll("\\s+", " "), TIME);
		current = route.matches() ? new Header(line, route.group(1).strip(), route.group(2).strip(), sentAt)
				: new Header(line, name.strip(), null, sentAt);
	}

	@Override
	public void finish() {
		finishMessage();
	}

	private void finishMessage() {
		content.stripEmptyEnds();
		if (current != null && !content.isEmpty()) {
			messages.accept(new ChatLine(current.line(), current.sender(), current.receiver(), current.sentAt(),
					content.text(), false));
		}
		content.clear();
	}

	private record Header(long line, String sender, @Nullable String receiver, LocalDateTime sentAt) {
	}

}
