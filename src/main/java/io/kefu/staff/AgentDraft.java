package io.kefu.staff;

import java.time.LocalDate;
import java.util.Set;

import io.kefu.access.Role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An agent as a supervisor enters or edits it. The nickname may not contain the
 * separators of 店铺名:昵称.
 */
public record AgentDraft(@NotBlank @Size(max = 30) String displayName,
		@NotBlank @Size(max = 30) @Pattern(regexp = "[^:：]*", message = "{agent.nickname.separator}") String nickname,
		@NotEmpty Set<Role> roles, @Nullable SkillGroup skillGroup, Certification certification,
		@Nullable LocalDate certifiedOn, boolean enabled) {

	public AgentDraft {
		displayName = displayName == null ? "" : displayName.strip();
		nickname = nickname == null ? "" : nickname.strip();
		roles = roles == null ? Set.of() : Set.copyOf(roles);
		certification = certification == null ? Certification.CERTIFIED : certification;
	}
}
