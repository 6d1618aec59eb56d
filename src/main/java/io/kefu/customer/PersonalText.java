package io.kefu.customer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides buyers' phone numbers and street addresses inside free text (chat messages): a
 * mobile number keeps its country code, first three and last four digits (13812345678 →
 * 138****5678, full-width digits read as digits), a landline its area code and last four,
 * and an address is kept down to its district (县, 区, 旗, or a county-level 市) and starred
 * past it, as the marketplaces show a receiver to a sub-account.
 */
public final class PersonalText {

	/**
	 * A mainland mobile number, with or without the country code glued in front (+86, 86,
	 * 0086) and with a space, dash or dot between its groups.
	 */
	private static final Pattern MOBILE = Pattern
		.compile("(?<![0-9])((?:\\+|00)?86[- ]?)?(1[3-9][0-9])[-. ]?([0-9]{4})[-. ]?([0-9]{4})(?![0-9])");

	/** A landline with its area code, the code set off by a dash, a space or nothing. */
	private static final Pattern LANDLINE = Pattern
		.compile("(?<![0-9])(0[1-9][0-9]{1,2})[- ]?([0-9]{3,4})([0-9]{4})(?![0-9])");

	private static final String HAN = "\\p{IsHan}";

	/**
	 * Down to the district: optional province and city, then a name ending in 区, 县, 旗 or
	 * 市; then the street part, which must name a street-level place (路, 街, 号, 村 …) to be
	 * taken for an address at all.
	 */
	private static final Pattern ADDRESS = Pattern.compile(
			"((?:" + HAN + "{2,8}?(?:省|自治区|特别行政区))?(?:" + HAN + "{2,8}?(?:市|自治州|地区|盟))?" + HAN + "{1,8}?(?:区|县|旗|市))"
					+ "([" + HAN + "A-Za-z0-9#\\-－()（）]{0,40}?(?:路|街|大道|巷|弄|号|村|镇|乡|小区|花园|栋|幢|单元|室|大厦|公寓|苑)[" + HAN
					+ "A-Za-z0-9#\\-－()（）]{0,40})");

	private static final String STARS = "****";

	private PersonalText() {
	}

	/**
	 * Full-width digits and signs (１３８, ＋, －) as ASCII, so that a number typed on a
	 * Chinese keyboard is masked too; the rest of the text is left as it is.
	 */
	private static String halfWidthDigits(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char half = (c >= '０' && c <= '９') ? (char) (c - '０' + '0') : c == '＋' ? '+' : c == '－' ? '-' : c;
			if (half != c && out == null) {
				out = new StringBuilder(text.substring(0, i));
			}
			if (out != null) {
				out.append(half);
			}
		}
		return out == null ? text : out.toString();
	}

	public static String mask(String text) {
		if (text.isEmpty()) {
			return text;
		}
		String masked = MOBILE.matcher(halfWidthDigits(text))
			.replaceAll(match -> Matcher.quoteReplacement(
					(match.group(1) == null ? "" : match.group(1)) + match.group(2) + "****" + match.group(4)));
		masked = LANDLINE.matcher(masked).replaceAll("$1-****$3");
		Matcher address = ADDRESS.matcher(masked);
		StringBuilder out = new StringBuilder();
		while (address.find()) {
			address.appendReplacement(out, Matcher.quoteReplacement(address.group(1) + STARS));
		}
		address.appendTail(out);
		return out.toString();
	}

}
