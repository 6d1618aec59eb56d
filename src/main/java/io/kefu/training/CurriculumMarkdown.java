package io.kefu.training;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders a curriculum page's Markdown to HTML that is safe to put on the page: raw HTML
 * in the Markdown is shown as text, never run, and links and images keep only http, https
 * and mailto addresses and paths within Kefu (a {@code javascript:} or {@code data:} link
 * loses its address, and so does a scheme-less {@code //host} one, which leaves the
 * site). The trainer writes the pages, every agent of the shop reads them.
 */
public final class CurriculumMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new SchemesOrOwnPaths())
		.build();

	private CurriculumMarkdown() {
	}

	public static String toHtml(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}

	/** The schemes above, or a path of this site. */
	private static final class SchemesOrOwnPaths implements UrlSanitizer {

		private final UrlSanitizer schemes = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

		@Override
		public String sanitizeLinkUrl(String url) {
			return offSite(schemes.sanitizeLinkUrl(url));
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return offSite(schemes.sanitizeImageUrl(url));
		}

		private static String offSite(String url) {
			String trimmed = url.strip().replace('\\', '/');
			return trimmed.startsWith("//") ? "" : url;
		}

	}

}
