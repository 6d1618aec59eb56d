package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads one row of the inputs form: numbers as typed (spaces and thousands separators
 * allowed, percents with or without their sign), refusing in {@link RefusedInputs} what
 * is no number. Limits are not checked here: {@link InputsBody}'s annotations hold them.
 */
final class InputText {

	/**
	 * Plain decimals only: an exponent would let a short text stand for a huge number.
	 */
	private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,20}(\\.\\d{1,12})?");

	private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");

	private final int row;

	private final RefusedInputs refused;

	InputText(int row, RefusedInputs refused) {
		this.row = row;
		this.refused = refused;
	}

	/** An amount, 0 when left empty. */
	@Nullable BigDecimal amount(String field, String text) {
		return blank(text) ? BigDecimal.ZERO : required(field, text);
	}

	/** A count, 0 when left empty. */
	int count(String field, String text) {
		return blank(text) ? 0 : requiredCount(field, text);
	}

	/**
	 * A count that must be given; -1, which the body's annotations refuse too, when none
	 * is.
	 */
	int requiredCount(String field, String text) {
		String value = clean(text);
		if (!WHOLE.matcher(value).matches()) {
			refused.refuse(row, field);
			return -1;
		}
		return Integer.parseInt(value);
	}

	/** A number that must be given. */
	@Nullable BigDecimal required(String field, String text) {
		String value = clean(text);
		if (!DECIMAL.matcher(value).matches()) {
			refused.refuse(row, field);
			return null;
		}
		return new BigDecimal(value);
	}

	/** A percent that must be given, as a fraction (1 → 0.01). */
	@Nullable BigDecimal requiredPercent(String field, String text) {
		BigDecimal percent = required(field, clean(text).replaceFirst("[%％]$", ""));
		return percent == null ? null : percent.movePointLeft(2);
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** How the form shows a stored number: no trailing zeros, no exponent. */
	static String of(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** How the form shows a stored fraction, in percent (0.01 → 1). */
	static String percent(BigDecimal fraction) {
		return of(fraction.movePointRight(2));
	}

	private static String clean(@Nullable String text) {
		return text == null ? "" : text.replaceAll("[\\s,，]", "");
	}

}
