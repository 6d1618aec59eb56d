package io.kefu.ingest.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The language an API caller reads: the first of Kefu's languages their Accept-Language
 * names, Chinese when it names none. Pages keep their own choice (the {@code lang}
 * cookie); a script has no cookie, only its header.
 */
final class ApiLanguage {

	private static final List<Locale> SPOKEN = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private ApiLanguage() {
	}

	static Locale of(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
			return chosen == null ? Locale.SIMPLIFIED_CHINESE : chosen;
		}
		catch (IllegalArgumentException ex) {
			// a malformed header is read as no header
			return Locale.SIMPLIFIED_CHINESE;
		}
	}

}
