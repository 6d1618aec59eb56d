package io.kefu.staff.web;

import java.util.Optional;

import io.kefu.access.Caller;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Passwords;
import io.kefu.staff.Staff;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An administrator resets another account's password: the answer carries a generated
 * password, once, which the account must change at its next sign-in.
 */
@RestController
class PasswordResetApi {

	private final Staff staff;

	private final Passwords passwords;

	PasswordResetApi(Staff staff, Passwords passwords) {
		this.staff = staff;
		this.passwords = passwords;
	}

	@PostMapping("/api/v1/agents/{agentId}/password-reset")
	ResponseEntity<Reset> reset(@PathVariable long agentId, Caller caller) {
		if (!caller.isAdmin()) {
			throw new AccessDeniedException("Only an administrator resets passwords");
		}
		Agent agent = (agentId > 0 ? staff.find(AgentId.of(agentId)) : Optional.<Agent>empty())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no agent " + agentId));
		String password = passwords.reset(agent.id());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new Reset(agent.id().value(), agent.username(), password, true));
	}

	record Reset(long agentId, String username, String temporaryPassword, boolean mustChangePassword) {
	}

}
