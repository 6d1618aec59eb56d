package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads layout A of FORMATS.md, the web chat history copied as text: a date line, then
 * per message a time line {@code HH:MM:SS}, its content lines, and the sender on the
 * message's last line.
 */
final class WebHistoryChat implements LineLayout {

	private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?$");

	private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{2}):(\\d{2})$");

	private final Consumer<ChatLine> messages;

	private final MessageLines lines = new MessageLines();

	private @Nullable LocalDate date;

	private @Nullable LocalTime time;

	private long startLine;

	private WebHistoryChat(Consumer<ChatLine> messages) {
		this.messages = messages;
	}

	/**
	 * Whether these first lines of a file look like this layout: a date line, later a
	 * time line.
	 */
	static boolean looksLike(List<String> lines) {
		boolean dated = false;
		for (String line : lines) {
			dated |= DATE.matcher(line.strip()).matches();
			if (dated && TIME.matcher(line.strip()).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @throws CellFormatException when a time line comes before any date line
	 */
	static void read(BufferedReader reader, Consumer<ChatLine> messages) throws IOException {
		LineLayout.feed(reader, new WebHistoryChat(messages));
	}

	@Override
	public void accept(long line, String text) {
		Matcher dateLine = DATE.matcher(text);
		Matcher timeLine = TIME.matcher(text);
		if (dateLine.matches()) {
			finishMessage();
			date = LocalDate.of(Integer.parseInt(dateLine.group(1)), Integer.parseInt(dateLine.group(2)),
					Integer.parseInt(dateLine.group(3)));
		}
		else if (timeLine.matches()) {
			finishMessage();
			if (date == null) {
				throw new CellFormatException("imports.error.timeBeforeDate", Long.toString(line));
			}
			time = LocalTime.of(Integer.parseInt(timeLine.group(1)), Integer.parseInt(timeLine.group(2)),
					Integer.parseInt(timeLine.group(3)));
			startLine = line;
		}
		else if (time != null && !text.isEmpty()) {
			lines.add(text);
		}
	}

	@Override
	public void finish() {
		finishMessage();
	}

	private void finishMessage() {
		if (time != null && date != null && lines.size() >= 2) {
			String sender = lines.removeLast();
			messages.accept(new ChatLine(startLine, sender, null, date.atTime(time), lines.text(), false));
		}
		lines.clear();
		time = null;
	}

}
