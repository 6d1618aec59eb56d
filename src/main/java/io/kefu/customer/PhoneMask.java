package io.kefu.customer;

import org.jspecify.annotations.Nullable;

/** Hides the middle of a phone number, keeping what an agent needs to recognise it. */
public final class PhoneMask {

	private PhoneMask() {
	}

	public static @Nullable String mask(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return phone;
		}
		String digits = phone.strip();
		if (digits.contains("*")) {
			return digits;
		}
		if (digits.length() < 7) {
			return "*".repeat(digits.length());
		}
		int keepEnd = 4;
		int keepStart = Math.min(3, digits.length() - keepEnd - 1);
		return digits.substring(0, keepStart) + "*".repeat(digits.length() - keepStart - keepEnd)
				+ digits.substring(digits.length() - keepEnd);
	}

}
