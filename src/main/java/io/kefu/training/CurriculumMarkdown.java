package io.kefu.training;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a curriculum page's Markdown to HTML that is safe to put on the page: raw HTML
 * in the Markdown is shown as text, never run, and links and images keep only http, https
 * and mailto addresses (a {@code javascript:} or {@code data:} link loses its address).
 * The trainer writes the pages, every agent of the shop reads them.
 */
public final class CurriculumMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.build();

	private CurriculumMarkdown() {
	}

	public static String toHtml(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}

}
