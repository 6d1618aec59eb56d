package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * A chat layout read line by line: it is fed each stripped line with its number, then
 * told the text ended.
 */
interface LineLayout {

	void accept(long line, String text);

	void finish();

	static void feed(BufferedReader reader, LineLayout layout) throws IOException {
		String text;
		long line = 0;
		while ((text = reader.readLine()) != null) {
			layout.accept(++line, text.strip());
		}
		layout.finish();
	}

}
