package io.kefu.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The emoticon table of {@link Emoticons} as a script module ({@code export default} code
 * to emoji), which static/js/emoticons.js imports: the live pages convert with the same
 * table as the server's views, written down once.
 */
@Controller
class EmoticonScript {

	private final String module;

	EmoticonScript(Emoticons emoticons) {
		this.module = emoticons.table()
			.entrySet()
			.stream()
			.map(entry -> quoted(entry.getKey()) + ": " + quoted(entry.getValue().emoji()))
			.collect(Collectors.joining(",\n  ", "export default {\n  ", "\n};\n"));
	}

	/**
	 * A JavaScript string literal; the table's codes hold quotes and backslashes only in
	 * theory.
	 */
	static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	@GetMapping("/js/emoticon-table.js")
	ResponseEntity<String> module() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(module);
	}

}
