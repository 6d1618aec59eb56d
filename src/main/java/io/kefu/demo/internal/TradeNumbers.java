package io.kefu.demo.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Tmall-like 19-digit order numbers and refund numbers, never the same twice. */
final class TradeNumbers {

	private final Set<String> used = new HashSet<>();

	String nextOrderNo(RandomGenerator random) {
		String number;
		do {
			number = (2 + random.nextInt(3)) + digits(random, 18);
		}
		while (!used.add(number));
		return number;
	}

	static String refundNo(RandomGenerator random) {
		return "1" + digits(random, 17);
	}

	private static String digits(RandomGenerator random, int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

}
