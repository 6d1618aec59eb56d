package io.kefu.ingest;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Something in a file that could not be imported, kept as a message code and its
 * arguments so that each reader gets it in their own language, shown as
 * {@code FILE:LINE: field: reason}. Field names are the file's own headers and stay as
 * the file has them. Whatever comes from the file is echoed at most {@value #MAX_ECHO}
 * characters long, with control characters shown as {@code �}, so that a report stays
 * small and storable whatever the file holds.
 *
 * @param line the line in the file, or 0 when the error concerns the whole file
 * @param field the file's header the reason is about (or, written {@code #{key}}, the
 * format it was read as), or null
 * @param code a key of {@code messages*.properties}, {@code imports.error.*}
 * @param args the code's arguments; one written {@code #{key}} is itself a message key,
 * rendered in the same language (the name of a format tried)
 */
public record ImportError(String file, long line, @Nullable String field, String code, List<String> args) {

	/** The code of an error stored, before codes, as its English line. */
	static final String STORED_AS_TEXT = "imports.error.text";

	private static final String MORE = "imports.error.more";

	/** The most characters of a header, a cell or a name that an error repeats. */
	public static final int MAX_ECHO = 200;

	public ImportError {
		file = echo(file);
		field = field == null ? null : echo(field);
		args = args.stream().map(ImportError::echo).toList();
	}

	/**
	 * Text from a file as an error repeats it: cut to {@value #MAX_ECHO} characters (the
	 * last one an ellipsis), control characters replaced.
	 */
	public static String echo(String text) {
		String shown = text.codePointCount(0, text.length()) <= MAX_ECHO ? text
				: text.substring(0, text.offsetByCodePoints(0, MAX_ECHO - 1)) + "…";
		StringBuilder printable = new StringBuilder(shown.length());
		shown.codePoints().forEach(c -> printable.appendCodePoint(c < 0x20 && c != '\t' || c == 0x7F ? 0xFFFD : c));
		return printable.toString();
	}

	public static ImportError ofLine(String file, long line, String field, String code, String... args) {
		return new ImportError(file, line, field, code, List.of(args));
	}

	public static ImportError ofFile(String file, String code, String... args) {
		return new ImportError(file, 0, null, code, List.of(args));
	}

	/**
	 * The last error of a report whose lines with errors were too many to list: how many
	 * more there were.
	 */
	public static ImportError more(String file, long count) {
		return ofFile(file, MORE, Long.toString(count));
	}

	/** Whether this error stands for errors left out of the list ({@link #more}). */
	public boolean isMore() {
		return code.equals(MORE);
	}

	/** The message key naming a format in the pages' words, as an argument. */
	public static String kindArgument(ImportKind kind) {
		return "#{imports.kind." + kind.name() + "}";
	}

	/** {@code FILE:LINE: field: reason} in the given language. */
	public String render(MessageSource messages, Locale locale) {
		if (code.equals(STORED_AS_TEXT)) {
			return args.get(0);
		}
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
		}
		if (field != null) {
			text.append(": ").append(resolve(field, messages, locale));
		}
		Object[] resolved = args.stream().map(arg -> resolve(arg, messages, locale)).toArray();
		return text.append(": ").append(messages.getMessage(code, resolved, locale)).toString();
	}

	private static String resolve(String arg, MessageSource messages, Locale locale) {
		if (arg.startsWith("#{") && arg.endsWith("}")) {
			return messages.getMessage(arg.substring(2, arg.length() - 1), null, locale);
		}
		return arg;
	}

}
