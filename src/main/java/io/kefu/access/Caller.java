package io.kefu.access;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person making a request: their agent id, the shops they work in and their
 * roles. Obtained with {@link Callers#current()}.
 */
public record Caller(long agentId, String username, String displayName, Set<Long> shopIds, Set<Role> roles) {

	public Caller {
		shopIds = Set.copyOf(shopIds);
		roles = Set.copyOf(roles);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	public boolean has(Role role) {
		return isAdmin() || roles.contains(role);
	}

	/**
	 * Supervisors (and admins) see every agent's figures and manage the shop's knowledge
	 * and staff.
	 */
	public boolean supervises() {
		return has(Role.SUPERVISOR);
	}

	public boolean worksIn(long shopId) {
		return isAdmin() || shopIds.contains(shopId);
	}

	/**
	 * @throws AccessDeniedException when the caller does not work in the shop
	 */
	public void requireShop(long shopId) {
		if (!worksIn(shopId)) {
			throw new AccessDeniedException("You do not work in shop " + shopId);
		}
	}

	/**
	 * @throws AccessDeniedException unless the caller supervises the shop
	 */
	public void requireSupervisorOf(long shopId) {
		requireShop(shopId);
		if (!supervises()) {
			throw new AccessDeniedException("Only a supervisor of shop " + shopId + " may do this");
		}
	}
}
