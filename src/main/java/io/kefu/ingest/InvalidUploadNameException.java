package io.kefu.ingest;

/**
 * An uploaded file's name is a path or holds control characters (see {@link UploadName});
 * nothing of the upload is kept.
 */
public class InvalidUploadNameException extends IllegalArgumentException {

	private final String name;

	public InvalidUploadNameException(String name) {
		super("'" + printable(name) + "' is not a plain file name: no /, \\, .. or control characters, at most "
				+ UploadName.MAX_BYTES + " bytes");
		this.name = name;
	}

	/** The name as sent, with control characters shown as {@code \u0000}. */
	public String printableName() {
		return printable(name);
	}

	private static String printable(String name) {
		StringBuilder shown = new StringBuilder();
		name.codePoints()
			.limit(UploadName.MAX_BYTES)
			.forEach(c -> shown.append(c < 0x20 || c == 0x7F ? "\\u%04x".formatted(c) : Character.toString(c)));
		return shown.toString();
	}

}
