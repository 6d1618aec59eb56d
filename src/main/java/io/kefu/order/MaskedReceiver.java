package io.kefu.order;

import io.kefu.customer.PersonalText;
import io.kefu.customer.PhoneMask;

import org.jspecify.annotations.Nullable;

/**
 * The receiver as the buyer panel shows it: enough to tell orders apart and to hear the
 * buyer confirm it, not enough to copy it out. The name keeps its first character (林**),
 * the phone its first three and last four digits (138****5678), the address is kept down
 * to its district (浙江省杭州市西湖区****), as the marketplaces show a receiver to a sub-account.
 * The whole name and address appear only in the verification message
 * ({@link VerificationMessage}).
 */
public record MaskedReceiver(String name, @Nullable String phone, String address) {

	private static final String STARS = "****";

	public static @Nullable MaskedReceiver of(Order.@Nullable Receiver receiver) {
		if (receiver == null) {
			return null;
		}
		return new MaskedReceiver(name(receiver.name()), PhoneMask.mask(receiver.phone()), address(receiver.address()));
	}

	static String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String stripped = name.strip();
		int first = stripped.offsetByCodePoints(0, 1);
		int rest = stripped.codePointCount(first, stripped.length());
		return stripped.substring(0, first) + "*".repeat(Math.max(1, Math.min(rest, 2)));
	}

	/**
	 * Down to the district where the address names one; otherwise its first half, at most
	 * six characters, and stars.
	 */
	static String address(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		String stripped = address.strip();
		// the field is all address: everything after the district goes, even what the
		// free-text rule would leave (a house number set off by a space)
		int district = PersonalText.mask(stripped).indexOf(STARS);
		if (district >= 0) {
			return stripped.substring(0, district) + STARS;
		}
		int length = stripped.codePointCount(0, stripped.length());
		int keep = Math.min(6, length / 2);
		return stripped.substring(0, stripped.offsetByCodePoints(0, keep)) + STARS;
	}

}
