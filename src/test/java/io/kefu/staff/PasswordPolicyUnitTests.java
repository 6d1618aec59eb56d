package io.kefu.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyUnitTests {

	@Test
	void twelveCharactersOfAnyKindAreEnough() {
		assertThat(PasswordPolicy.check("mei", "台灯台灯台灯台灯台灯台灯")).isEmpty();
		assertThat(PasswordPolicy.check("mei", "correct lamp")).isEmpty();
		assertThat(PasswordPolicy.check("mei", "台灯台灯台灯台灯台灯台")).hasValue(PasswordPolicy.Reason.TOO_SHORT);
		assertThat(PasswordPolicy.check("mei", "kefu-demo")).hasValue(PasswordPolicy.Reason.TOO_SHORT);
	}

	@Test
	void moreThanBcryptReadsIsRefused() {
		assertThat(PasswordPolicy.check("mei", "台".repeat(24))).isEmpty();
		assertThat(PasswordPolicy.check("mei", "台".repeat(25))).hasValue(PasswordPolicy.Reason.TOO_LONG);
		assertThat(PasswordPolicy.check("mei", "x".repeat(73))).hasValue(PasswordPolicy.Reason.TOO_LONG);
	}

	@Test
	void theUsernameIsNoPassword() {
		assertThat(PasswordPolicy.check("supervisor-wang", "Supervisor-Wang"))
			.hasValue(PasswordPolicy.Reason.SAME_AS_USERNAME);
	}

}
