package io.kefu.demo.internal;

import java.util.random.RandomGenerator;

/**
 * Buyers and agents never say the same thing the same way every time: one of several
 * wordings.
 */
final class Wording {

	private Wording() {
	}

	static String any(RandomGenerator random, String... wordings) {
		return wordings[random.nextInt(wordings.length)];
	}

}
