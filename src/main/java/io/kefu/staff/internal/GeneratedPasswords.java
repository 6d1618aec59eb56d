package io.kefu.staff.internal;

import java.security.SecureRandom;

/**
 * Passwords Kefu makes up (the first {@code admin}'s, a reset's): 16 characters from an
 * alphabet without look-alikes (0/O, 1/l/I), about 92 bits of chance.
 */
final class GeneratedPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private GeneratedPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
