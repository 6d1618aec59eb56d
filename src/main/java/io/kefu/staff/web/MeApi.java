package io.kefu.staff.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.access.Role;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApi {

	/** Who is signed in: name, roles and the shops they work in. */
	@GetMapping("/api/v1/me")
	Me me(Caller caller) {
		return new Me(caller.agentId(), caller.username(), caller.displayName(),
				caller.roles().stream().sorted().toList(), caller.shopIds().stream().sorted().toList());
	}

	record Me(long id, String username, String name, List<Role> roles, List<Long> shopIds) {
	}

}
