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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write figures: ratios as percentages with one decimal, durations as
 * minutes and seconds ({@code 1分05秒}, in English {@code 1 min 05 s}), money with two
 * decimals; a figure without a value (a zero denominator) as a dash.
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

	/**
	 * A duration in the language of the page: under a minute with one decimal when it has
	 * one ({@code 8.5秒}, {@code 12秒}), from a minute on in whole seconds ({@code 1分05秒},
	 * {@code 1小时02分05秒}).
	 */
	public String duration(@Nullable Number seconds) {
		return duration(seconds, LocaleContextHolder.getLocale());
	}

	/** A gap in time with its sign, e.g. {@code +1分05秒} or {@code -8.5秒}. */
	public String signedDuration(@Nullable Number seconds) {
		if (seconds == null) {
			return NONE;
		}
		double value = seconds.doubleValue();
		String sign = value > 0 ? "+" : (value < 0 ? "-" : "");
		return sign + duration(Math.abs(value), LocaleContextHolder.getLocale());
	}

	static String duration(@Nullable Number seconds, Locale locale) {
		if (seconds == null) {
			return NONE;
		}
		boolean chinese = "zh".equals(locale.getLanguage());
		double value = Math.max(0, seconds.doubleValue());
		double tenths = Math.round(value * 10) / 10.0;
		if (tenths < 60) {
			return decimal(tenths, "0.#") + (chinese ? "秒" : " s");
		}
		long whole = Math.round(value);
		long hours = whole / 3600;
		long minutes = whole % 3600 / 60;
		String secs = String.format(Locale.ROOT, "%02d", whole % 60);
		if (hours == 0) {
			return chinese ? minutes + "分" + secs + "秒" : minutes + " min " + secs + " s";
		}
		String mins = String.format(Locale.ROOT, "%02d", minutes);
		return chinese ? hours + "小时" + mins + "分" + secs + "秒" : hours + " h " + mins + " min " + secs + " s";
	}

	public String money(@Nullable BigDecimal amount) {
		return amount == null ? NONE : decimal(amount.setScale(2, RoundingMode.HALF_UP).doubleValue(), "#,##0.00");
	}

	/**
	 * An agent as the shop's pages name them: a marketplace sub-account is written
	 * {@code 主账号:子账号} (视谱台灯旗舰店:小青), and the page's head names the shop already.
	 */
	public String agent(@Nullable String name) {
		if (name == null) {
			return NONE;
		}
		int colon = Math.max(name.indexOf(':'), name.indexOf('：'));
		String own = colon < 0 ? name : name.substring(colon + 1).strip();
		return own.isEmpty() ? name : own;
	}

	/** A gap in money with its sign, e.g. {@code +120.00} or {@code -1,234.50}. */
	public String signedMoney(@Nullable BigDecimal amount) {
		return amount == null ? NONE : (amount.signum() > 0 ? "+" : "") + money(amount);
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
