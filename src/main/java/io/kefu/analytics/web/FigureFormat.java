package io.kefu.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How the pages write figures: ratios as percentages with one decimal, seconds with one
 * decimal, money with two; a figure without a value (a zero denominator) as a dash.
 */
@Component("figureFormat")
public class FigureFormat {

	static final String NONE = "—";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

	public String percent(@Nullable Double ratio) {
		return ratio == null ? NONE : decimal(ratio * 100, "0.0") + "%";
	}

	/** A ratio that is not a share, such as the answer ratio: two decimals. */
	public String ratio(@Nullable Double ratio) {
		return ratio == null ? NONE : decimal(ratio, "0.00");
	}

	public String seconds(@Nullable Double seconds) {
		return seconds == null ? NONE : decimal(seconds, "0.0");
	}

	public String money(@Nullable BigDecimal amount) {
		return amount == null ? NONE : decimal(amount.setScale(2, RoundingMode.HALF_UP).doubleValue(), "#,##0.00");
	}

	/** A moment in the shop's time, {@code 11-02 10:00:05}. */
	public String time(@Nullable Instant at, Shop shop) {
		return at == null ? NONE : TIME.format(at.atZone(shop.timeZone()));
	}

	/** A gap to a target with its sign, e.g. {@code +2.5} or {@code -10.0}. */
	public String signed(@Nullable Double value) {
		return value == null ? NONE : (value > 0 ? "+" : "") + decimal(value, "0.0");
	}

	private static String decimal(double value, String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

}
