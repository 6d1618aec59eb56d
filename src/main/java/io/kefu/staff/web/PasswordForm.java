package io.kefu.staff.web;

import org.jspecify.annotations.Nullable;

/** The password change as the browser posts it; the new password typed twice. */
public class PasswordForm {

	private String currentPassword = "";

	private String newPassword = "";

	private String repeated = "";

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(@Nullable String currentPassword) {
		this.currentPassword = currentPassword == null ? "" : currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(@Nullable String newPassword) {
		this.newPassword = newPassword == null ? "" : newPassword;
	}

	public String getRepeated() {
		return repeated;
	}

	public void setRepeated(@Nullable String repeated) {
		this.repeated = repeated == null ? "" : repeated;
	}

}
