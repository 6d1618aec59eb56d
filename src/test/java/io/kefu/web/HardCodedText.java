package io.kefu.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in a Thymeleaf template that a person would read but that does not come from
 * the message files: text nodes with a Latin or CJK letter, unless their element replaces
 * them with {@code th:text} or {@code th:utext}, and the {@code placeholder},
 * {@code title}, {@code alt} and {@code aria-label} attributes and the {@code value} of
 * buttons. Deliberately simple: templates are hand-written and regular.
 */
final class HardCodedText {

	private static final Pattern LETTER = Pattern.compile("[\\p{IsLatin}\\p{IsHan}]");

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

	private static final Pattern IGNORED = Pattern.compile(
			"(?s)<!--.*?-->|<script\\b.*?</script>|<style\\b.*?</style>|<!DOCTYPE[^>]*>|&[#\\w]+;|\\[\\[.*?]]|\\[\\(.*?\\)]");

	private static final Pattern TAG_OR_TEXT = Pattern.compile("<[^>]*>|[^<]+");

	private static final Pattern READ_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern BUTTON_VALUE = Pattern
		.compile("<(?:button|input[^>]*type=\"(?:submit|button|reset)\")[^>]*?(?<![:\\w-])value\\s*=\\s*\"([^\"]*)\"");

	private HardCodedText() {
	}

	static List<String> in(String template) {
		String html = IGNORED.matcher(template).replaceAll(" ");
		List<String> found = new ArrayList<>();
		Matcher part = TAG_OR_TEXT.matcher(html);
		String lastTag = "";
		while (part.find()) {
			String token = part.group();
			if (token.startsWith("<")) {
				lastTag = token;
				addChinese(token, found);
			}
			else if (!replacesItsText(lastTag) && LETTER.matcher(token).find()) {
				found.add(token.strip());
			}
		}
		addReadAttributes(html, found);
		return found.stream().distinct().toList();
	}

	/**
	 * The text right inside an element with {@code th:text} is only a prototype and never
	 * shown.
	 */
	private static boolean replacesItsText(String tag) {
		return !tag.startsWith("</") && tag.matches("(?s).*\\sth:u?text\\s*=.*");
	}

	/**
	 * Chinese inside a tag is never a key or an expression, e.g. {@code th:text="'商品'"}.
	 */
	private static void addChinese(String tag, List<String> found) {
		Matcher chinese = CHINESE.matcher(tag);
		while (chinese.find()) {
			found.add(chinese.group());
		}
	}

	private static void addReadAttributes(String html, List<String> found) {
		for (Pattern pattern : List.of(READ_ATTRIBUTE, BUTTON_VALUE)) {
			Matcher attribute = pattern.matcher(html);
			while (attribute.find()) {
				String value = attribute.group(attribute.groupCount());
				if (LETTER.matcher(value).find()) {
					found.add(value);
				}
			}
		}
	}

}
