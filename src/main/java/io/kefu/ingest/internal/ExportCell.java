package io.kefu.ingest.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the text of one cell of a marketplace export, undoing what the back-ends and
 * spreadsheets do to it: {@code ="…"} wrappers that keep long numbers as text, a leading
 * {@code '}, TAB characters, {@code 元} after amounts, half- and full-width thousands
 * separators.
 */
final class ExportCell {

	private static final Pattern ORDER_NO = Pattern.compile("[0-9A-Za-z_-]{1,64}");

	private static final Pattern MANGLED_NUMBER = Pattern.compile("\\d+(\\.\\d+)?[eE][+-]?\\d+|\\d+\\.\\d+");

	private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss"),
			DateTimeFormatter.ofPattern("uuuu-M-d H:mm"), DateTimeFormatter.ofPattern("uuuu/M/d H:mm:ss"),
			DateTimeFormatter.ofPattern("uuuu/M/d H:mm"), DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm:ss"),
			DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm"));

	private ExportCell() {
	}

	/**
	 * The cell's text without wrappers and stray whitespace; empty when there is none.
	 */
	static String text(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		String text = raw.replace("\t", "").strip();
		if (text.startsWith("=\"") && text.endsWith("\"") && text.length() >= 3) {
			text = text.substring(2, text.length() - 1).strip();
		}
		if (text.startsWith("'")) {
			text = text.substring(1).strip();
		}
		return text;
	}

	/**
	 * An order number, refusing the forms a spreadsheet leaves when it turned the number
	 * into a float: the lost digits cannot be guessed back.
	 */
	static String orderNo(@Nullable String raw) {
		String text = text(raw);
		if (text.isEmpty()) {
			throw new CellFormatException("imports.error.empty");
		}
		if (MANGLED_NUMBER.matcher(text).matches()) {
			throw new CellFormatException("imports.error.mangledNumber", text);
		}
		if (!ORDER_NO.matcher(text).matches()) {
			throw new CellFormatException("imports.error.notOrderNo", text);
		}
		return text;
	}

	/** An amount of money in yuan, rounded half-up to fen; empty cells are null. */
	static @Nullable BigDecimal money(@Nullable String raw) {
		String text = text(raw).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "");
		if (text.endsWith("元")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (text.isEmpty()) {
			return null;
		}
		if (!AMOUNT.matcher(text).matches()) {
			throw new CellFormatException("imports.error.notAmount", text(raw));
		}
		return new BigDecimal(text).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * A local date and time in any of the forms the exports use; empty cells are null.
	 */
	static @Nullable LocalDateTime dateTime(@Nullable String raw) {
		String text = text(raw).replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATE_TIMES) {
			try {
				return LocalDateTime.parse(text, format);
			}
			catch (DateTimeParseException ignored) {
				// try the next form
			}
		}
		throw new CellFormatException("imports.error.notDateTime", text);
	}

	/** A whole number such as a quantity; empty cells are null. */
	static @Nullable Integer count(@Nullable String raw) {
		String text = text(raw).replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new CellFormatException("imports.error.notWholeNumber", text);
		}
	}

}
