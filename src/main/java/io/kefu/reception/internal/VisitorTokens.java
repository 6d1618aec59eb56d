package io.kefu.reception.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kefu.reception.InvalidVisitorTokenException;
import io.kefu.reception.Visitor;

/**
 * Signs and checks visitor tokens: {@code v1.SHOP.BUYER.VISITOR.EXPIRES.SIGNATURE}, where
 * EXPIRES is in epoch seconds and SIGNATURE is the base64url HMAC-SHA256 of everything
 * before it. Nothing in a token is secret; the signature makes it unforgeable without the
 * key, and the expiry bounds a stolen token's use.
 */
final class VisitorTokens {

	private static final String VERSION = "v1";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	private final Duration lifetime;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	VisitorTokens(byte[] secret, Duration lifetime, Clock clock) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("The chat secret has at least 16 bytes");
		}
		this.key = new SecretKeySpec(secret, ALGORITHM);
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** A token for a new browser of the buyer. */
	Issued issue(long shopId, long buyerId) {
		byte[] id = new byte[12];
		random.nextBytes(id);
		Instant expires = clock.instant().plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Visitor visitor = new Visitor(shopId, buyerId, BASE64.encodeToString(id), expires);
		String payload = String.join(".", VERSION, Long.toString(shopId), Long.toString(buyerId), visitor.visitorId(),
				Long.toString(expires.getEpochSecond()));
		return new Issued(payload + "." + sign(payload), visitor);
	}

	Visitor verify(String token) {
		int cut = token.lastIndexOf('.');
		if (cut < 0) {
			throw new InvalidVisitorTokenException("The visitor token is malformed");
		}
		String payload = token.substring(0, cut);
		byte[] given = token.substring(cut + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
			throw new InvalidVisitorTokenException("The visitor token's signature is wrong");
		}
		String[] parts = payload.split("\\.", -1);
		if (parts.length != 5 || !VERSION.equals(parts[0])) {
			throw new InvalidVisitorTokenException("The visitor token is malformed");
		}
		Visitor visitor;
		try {
			visitor = new Visitor(Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3],
					Instant.ofEpochSecond(Long.parseLong(parts[4])));
		}
		catch (NumberFormatException ex) {
			throw new InvalidVisitorTokenException("The visitor token is malformed");
		}
		if (!clock.instant().isBefore(visitor.expiresAt())) {
			throw new InvalidVisitorTokenException("The visitor token expired at " + visitor.expiresAt());
		}
		return visitor;
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	record Issued(String token, Visitor visitor) {
	}

}
