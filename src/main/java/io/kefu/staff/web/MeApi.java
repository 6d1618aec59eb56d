package io.kefu.staff.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.kefu.access.Accounts;
import io.kefu.access.Caller;
import io.kefu.access.Callers;
import io.kefu.access.Role;
import io.kefu.access.SignInLockedException;
import io.kefu.staff.AgentId;
import io.kefu.staff.PasswordRejectedException;
import io.kefu.staff.Passwords;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApi {

	private final Passwords passwords;

	private final Accounts accounts;

	MeApi(Passwords passwords, Accounts accounts) {
		this.passwords = passwords;
		this.accounts = accounts;
	}

	/** Who is signed in: name, roles and the shops they work in. */
	@GetMapping("/api/v1/me")
	Me me(Caller caller) {
		return new Me(caller.agentId(), caller.username(), caller.displayName(),
				caller.roles().stream().sorted().toList(), caller.shopIds().stream().sorted().toList());
	}

	/**
	 * Changes the caller's own password; the current one must be given (a wrong one
	 * counts as a failed sign-in). The account's other sessions end; a session calling
	 * this goes on.
	 */
	@PostMapping("/api/v1/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@RequestBody PasswordChange change, Caller caller, HttpServletRequest request) {
		passwords.change(AgentId.of(caller.agentId()), orEmpty(change.currentPassword()), orEmpty(change.newPassword()),
				request.getRemoteAddr());
		accounts.find(caller.agentId()).ifPresent(user -> Callers.renew(user, request));
	}

	@ExceptionHandler(PasswordRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(PasswordRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "reason", ex.getMessage())));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(SignInLockedException.class)
	ResponseEntity<ProblemDetail> locked(SignInLockedException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage()));
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	record Me(long id, String username, String name, List<Role> roles, List<Long> shopIds) {
	}

	record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
	}

}
