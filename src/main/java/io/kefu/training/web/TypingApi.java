package io.kefu.training.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.training.Keystroke;
import io.kefu.training.TypingAttempt;
import io.kefu.training.TypingScore;
import io.kefu.training.TypingTests;
import io.kefu.training.TypingVoid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Typing tests over the API: the caller takes the test. Issuing starts the server's
 * clock; the taker submits once, within {@link TypingTests#TIME_LIMIT}.
 */
@RestController
class TypingApi {

	private final TypingTests tests;

	private final Clock clock;

	TypingApi(TypingTests tests, Clock clock) {
		this.tests = tests;
		this.clock = clock;
	}

	/**
	 * Issues a passage to the caller, in the given shop or the only shop they work in.
	 */
	@PostMapping("/api/v1/typing-tests")
	ResponseEntity<Issued> issue(@RequestParam(required = false) @Nullable Long shop, Caller caller) {
		ShopId in = TypingRoles.takerShop(caller, shop);
		TypingAttempt attempt = tests.issue(in, AgentId.of(caller.agentId()), clock.instant());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Issued(attempt.id(), attempt.passage(), attempt.issuedAt(), TypingTests.TIME_LIMIT.toSeconds()));
	}

	@PostMapping("/api/v1/typing-tests/{id}")
	Result submit(@PathVariable long id, @Valid @RequestBody Submission body, Caller caller) {
		Instant now = clock.instant();
		TypingAttempt scored = tests.submit(id, AgentId.of(caller.agentId()), body.typed(),
				body.keystrokes().stream().map(KeystrokeBody::keystroke).toList(), now);
		return Result.of(scored);
	}

	/**
	 * A submission. The bounds are far above an honest attempt (a passage is at most 250
	 * characters) and keep the server's work small.
	 */
	record Submission(@NotNull @Size(max = 1000) String typed,
			@NotNull @Size(max = 5000) List<@NotNull @Valid KeystrokeBody> keystrokes) {
	}

	/**
	 * One input event: when, what it committed (nothing for a deletion), and whether it
	 * was a paste (false when left out).
	 */
	record KeystrokeBody(@NotNull @PositiveOrZero @Max(86_400_000) Long t, @Nullable @Size(max = 1000) String text,
			@Nullable Boolean paste) {

		Keystroke keystroke() {
			return new Keystroke(t, text == null ? "" : text, Boolean.TRUE.equals(paste));
		}

	}

	record Issued(long id, String passage, Instant issuedAt, long timeLimitSeconds) {
	}

	record Result(long id, int charsPerMinute, BigDecimal accuracy, boolean passed, boolean bonusLevel, boolean voided,
			@Nullable TypingVoid reason) {

		static Result of(TypingAttempt attempt) {
			TypingScore score = Objects.requireNonNull(attempt.score());
			return new Result(attempt.id(), score.charsPerMinute(), score.accuracy(), attempt.passed(),
					attempt.bonusLevel(), attempt.voided() != null, attempt.voided());
		}

	}

}
