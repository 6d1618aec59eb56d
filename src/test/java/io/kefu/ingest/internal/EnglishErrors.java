package io.kefu.ingest.internal;

import java.util.Locale;

import io.kefu.ingest.ImportError;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Renders import errors as the command line prints them, from the real messages. */
final class EnglishErrors {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages/messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private EnglishErrors() {
	}

	static String text(ImportError error) {
		return error.render(MESSAGES, Locale.ENGLISH);
	}

	/** The reason alone, as it follows {@code FILE:LINE: field: }. */
	static String reason(Throwable thrown) {
		CellFormatException ex = (CellFormatException) thrown;
		return MESSAGES.getMessage(ex.code(), ex.args(), Locale.ENGLISH);
	}

}
