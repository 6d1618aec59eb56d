package io.kefu.ingest;

import java.nio.charset.StandardCharsets;

/**
 * The name a user's file goes by: a plain file name as browsers send it, never a path.
 * The name is shown in every report and message, and the file waits for its job under it,
 * so one that holds a directory ({@code /}, {@code \}, {@code ..}) or a control character
 * is refused rather than trimmed into something else.
 */
public final class UploadName {

	/**
	 * The longest name most file systems allow, in bytes of UTF-8 (85 Chinese
	 * characters): the file is kept under its own name while it waits for its job.
	 */
	public static final int MAX_BYTES = 255;

	private UploadName() {
	}

	/**
	 * @throws InvalidUploadNameException naming the file and why it is refused
	 */
	public static void check(String name) {
		if (name.isBlank() || name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new InvalidUploadNameException(name);
		}
		if (name.equals(".") || name.contains("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
			throw new InvalidUploadNameException(name);
		}
		if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
			throw new InvalidUploadNameException(name);
		}
	}

}
