package io.kefu.staff.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agent form as the browser posts it. A new agent may get a sign-in account at once
 * (username and password); editing never touches the account.
 */
public class AgentForm {

	private String displayName = "";

	private String nickname = "";

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private @Nullable SkillGroup skillGroup;

	private Certification certification = Certification.TRAINEE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate certifiedOn;

	private boolean enabled = true;

	private String username = "";

	private String password = "";

	static AgentForm of(Agent agent) {
		AgentForm form = new AgentForm();
		form.displayName = agent.displayName();
		form.nickname = agent.nickname() == null ? "" : agent.nickname();
		form.roles = agent.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(agent.roles());
		form.skillGroup = agent.skillGroup();
		form.certification = agent.certification();
		form.certifiedOn = agent.certifiedOn();
		form.enabled = agent.enabled();
		return form;
	}

	AgentDraft toDraft() {
		return new AgentDraft(displayName, nickname, roles, skillGroup, certification, certifiedOn, enabled);
	}

	Optional<Staff.Credentials> credentials() {
		return username.isBlank() ? Optional.empty() : Optional.of(new Staff.Credentials(username.strip(), password));
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName == null ? "" : displayName;
	}

	public String getNickname() {
		return nickname;
	}

	public void setNickname(@Nullable String nickname) {
		this.nickname = nickname == null ? "" : nickname;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public @Nullable SkillGroup getSkillGroup() {
		return skillGroup;
	}

	public void setSkillGroup(@Nullable SkillGroup skillGroup) {
		this.skillGroup = skillGroup;
	}

	public Certification getCertification() {
		return certification;
	}

	public void setCertification(@Nullable Certification certification) {
		this.certification = certification == null ? Certification.TRAINEE : certification;
	}

	public @Nullable LocalDate getCertifiedOn() {
		return certifiedOn;
	}

	public void setCertifiedOn(@Nullable LocalDate certifiedOn) {
		this.certifiedOn = certifiedOn;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username == null ? "" : username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password == null ? "" : password;
	}

}
