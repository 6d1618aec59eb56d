package io.kefu.staff;

import java.time.LocalDate;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * A person who serves a shop's buyers, or an account that runs Kefu. {@code nickname} is
 * the 昵称 of the marketplace sub-account {@code 店铺名:昵称}; agents found only in imported
 * chat records have no username and cannot sign in.
 */
public record Agent(AgentId id, @Nullable ShopId shopId, String displayName, @Nullable String nickname,
		@Nullable String username, Set<Role> roles, @Nullable SkillGroup skillGroup, Certification certification,
		@Nullable LocalDate certifiedOn, boolean enabled) {

	public Agent {
		roles = Set.copyOf(roles);
	}

	public boolean canSignIn() {
		return username != null && enabled;
	}

	public boolean isTrainee() {
		return certification == Certification.TRAINEE;
	}
}
