package io.kefu.reception.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.kefu.reception.InvalidVisitorTokenException;
import io.kefu.reception.Visitor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitorTokensUnitTests {

	static final byte[] SECRET = "a-test-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8);

	static final Instant ISSUED = Instant.parse("2026-11-20T02:00:00Z");

	static VisitorTokens at(Instant now) {
		return new VisitorTokens(SECRET, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void aTokenNamesItsShopBuyerAndVisitorUntilItExpires() {
		VisitorTokens.Issued issued = at(ISSUED).issue(3, 44);

		Visitor visitor = at(ISSUED.plus(Duration.ofDays(29))).verify(issued.token());

		assertThat(visitor.shopId()).isEqualTo(3);
		assertThat(visitor.buyerId()).isEqualTo(44);
		assertThat(visitor.visitorId()).isEqualTo(issued.visitor().visitorId()).hasSize(16);
		assertThat(visitor.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(30)));
		assertThat(issued.token()).startsWith("v1.3.44.");
	}

	@Test
	void anExpiredTokenIsRefused() {
		String token = at(ISSUED).issue(3, 44).token();

		assertThatThrownBy(() -> at(ISSUED.plus(Duration.ofDays(30))).verify(token))
			.isInstanceOf(InvalidVisitorTokenException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void aTokenNamingAnotherBuyerIsForged() {
		String token = at(ISSUED).issue(3, 44).token();
		String forged = token.replace("v1.3.44.", "v1.3.45.");

		assertThatThrownBy(() -> at(ISSUED).verify(forged)).isInstanceOf(InvalidVisitorTokenException.class)
			.hasMessageContaining("signature");
	}

	@Test
	void aLongerLifeWrittenIntoTheTokenIsForged() {
		String token = at(ISSUED).issue(3, 44).token();
		String[] parts = token.split("\\.");
		parts[4] = Long.toString(Long.parseLong(parts[4]) + 86_400);
		String forged = String.join(".", parts);

		assertThatThrownBy(() -> at(ISSUED).verify(forged)).isInstanceOf(InvalidVisitorTokenException.class);
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		VisitorTokens other = new VisitorTokens("another-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8),
				Duration.ofDays(30), Clock.fixed(ISSUED, ZoneOffset.UTC));

		String token = other.issue(3, 44).token();

		assertThatThrownBy(() -> at(ISSUED).verify(token)).isInstanceOf(InvalidVisitorTokenException.class);
	}

	@Test
	void malformedTokensAreRefused() {
		for (String token : new String[] { "", "nonsense", "v1.3.44", "....", "v1.x.44.abc.1.sig" }) {
			assertThatThrownBy(() -> at(ISSUED).verify(token)).as(token)
				.isInstanceOf(InvalidVisitorTokenException.class);
		}
	}

	@Test
	void everySessionGetsItsOwnVisitorId() {
		VisitorTokens tokens = at(ISSUED);

		assertThat(tokens.issue(3, 44).visitor().visitorId()).isNotEqualTo(tokens.issue(3, 44).visitor().visitorId());
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatThrownBy(() -> new VisitorTokens(new byte[8], Duration.ofDays(1), Clock.systemUTC()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
